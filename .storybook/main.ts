import type { StorybookConfig } from '@storybook/preact-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest'],
  framework: { name: '@storybook/preact-vite', options: {} },
  core: { disableTelemetry: true },
  // Same URLs as the example site: the built package at /dist/, the Deps data read in place at /data/.
  staticDirs: [
    { from: '../dist', to: '/dist' },
    { from: '../../shared/data', to: '/data' },
  ],
  async viteFinal(config) {
    // One Preact for the renderer and for hooks/signals: a second, pre-bundled copy breaks hooks.
    return { ...config, oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } }, optimizeDeps: { ...config.optimizeDeps, exclude: [...(config.optimizeDeps?.exclude ?? []), 'preact', '@preact/signals'] } }
  },
}
export default config

import type { StorybookConfig } from '@storybook/preact-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest'],
  framework: { name: '@storybook/preact-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    return { ...config, oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }
  },
}
export default config

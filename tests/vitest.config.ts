import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { sharedData } from './support/shared-data-plugin.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = fileURLToPath(new URL('../../shared/data', import.meta.url))
const jsx = { runtime: 'automatic' as const, importSource: 'preact' }

// Vitest mutates the browser object of each project: every project gets a fresh one.
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
})

export default defineConfig({
  root,
  oxc: { jsx },
  plugins: [sharedData(shared)],
  // Pre-bundled up front: a mid-run re-optimisation reloads the browser and fails the tests in flight.
  optimizeDeps: {
    include: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@preact/signals', 'd3-geo', 'd3-array', 'd3-scale', 'topojson-client', 'axe-core'],
  },
  server: { fs: { allow: [root, fileURLToPath(new URL('../../shared', import.meta.url))] } },
  test: {
    // The JSON report feeds the closing summary line of `npm test` (scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.browser.test.{ts,tsx}'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.{ts,tsx}'],
          browser: chromium(),
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('../.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: chromium(), testTimeout: 60_000 },
      },
    ],
  },
})

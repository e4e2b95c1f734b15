import { defineConfig } from 'vite'

// Preact's JSX; nothing else: the map's geometry files are emitted by `vite build` on their own.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } })

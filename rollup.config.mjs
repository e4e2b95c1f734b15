// Builds the npm package (ESM + types) and the script-tag bundle (one minified IIFE).
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { dts } from 'rollup-plugin-dts'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const runtime = Object.keys(pkg.dependencies)
const external = (id) => runtime.some((dep) => id === dep || id.startsWith(`${dep}/`))

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: 'dist' },
    include: ['src/**/*', 'data-adapters/**/*'],
    exclude: ['tests/**/*', 'stories/**/*'],
  })

const entries = {
  index: 'src/index.ts',
  'data-adapters': 'data-adapters/index.ts',
  embed: 'src/embed/index.ts',
}

export default [
  {
    input: entries,
    external,
    plugins: [nodeResolve(), ts()],
    // Chunks stay beside the entries: assets are located relative to the module's URL.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  },
  {
    input: 'src/embed/index.ts',
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } })],
    output: { file: 'dist/atlas-culture.min.js', format: 'iife', name: 'AtlasCulture', inlineDynamicImports: true },
  },
  {
    input: entries,
    external,
    plugins: [dts({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true } })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: '[name]-[hash].d.ts' },
  },
]

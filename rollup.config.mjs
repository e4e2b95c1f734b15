// Builds the npm package (ESM + types) and the script-tag bundles (minified IIFEs): atlas-culture.min.js
// (the elements and a small scripting API, size-budgeted) and atlas-culture.full.js (the whole API).
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import terser from '@rollup/plugin-terser'
import { dts } from 'rollup-plugin-dts'
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs'

// Hashed chunks of earlier builds would otherwise pile up in dist/ and be published; the data build's
// folders (dist/geo, dist/registry) stay.
if (existsSync('dist')) for (const f of readdirSync('dist')) if (/\.(js|d\.ts)$/.test(f)) rmSync(`dist/${f}`)

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

// The IIFE's own wrapper keeps the global: `toplevel` would drop or rename `var AtlasCulture`.
const terserOptions = { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true }, format: { comments: false } }

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
  ...[
    ['src/embed/index.ts', 'dist/atlas-culture.min.js'],
    ['src/embed/full.ts', 'dist/atlas-culture.full.js'],
  ].map(([input, file]) => ({
    input,
    plugins: [nodeResolve({ browser: true }), ts(), terser(terserOptions)],
    output: { file, format: 'iife', name: 'AtlasCulture', inlineDynamicImports: true },
  })),
  {
    input: entries,
    external,
    plugins: [dts({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true } })],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: '[name]-[hash].d.ts' },
  },
]

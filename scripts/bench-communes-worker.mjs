// The worker lever for the communes of France, measured apart from the map (issue #10, sixteenth session):
// the geometry-only work (decode, ring placement, rounding, path text on the drawn grid: the map's own
// functions, bundled from source by esbuild) on the main thread, against the same work in a module worker
// (the file's buffer transferred, the shapes sent back as typed arrays and one string, rebuilt as objects),
// both followed by `--t` units of main-thread work standing for the table's side (computeMap, summary,
// Preact: after the geometry on the main thread, during it in the worker run) and the canvas draw (five
// fills, one Path2D each). Alternated runs; times from the file's arrival to two frames after the draw.
// « draw »: the worker also draws the fills (OffscreenCanvas, one Path2D per fill once the main thread has sent
// them after its model) and sends an ImageBitmap back, drawn on the page's canvas.
//   node scripts/bench-communes-worker.mjs [--runs 5] [--t 6]
// Needs a built dist/ (npm run build) for dist/geo/communes.xy.bin.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { tree } from './bench/bundle.mjs'
import { cli, launch, load, machine, median, serve } from './bench/harness.mjs'

const { option } = cli()
const RUNS = option('runs', 5)
const T = option('t', 6)
const root = fileURLToPath(new URL('..', import.meta.url))
const browserAssets = {
  name: 'asset-urls',
  setup(b) {
    b.onResolve({ filter: /^\.\/asset-urls\.js$/ }, (a) => ({ path: join(a.resolveDir, 'asset-urls.browser.ts') }))
  },
}
const bundle = async (entry, format) =>
  (await build({ entryPoints: [join(root, entry)], bundle: true, format, minify: true, write: false, plugins: [browserAssets], target: 'es2022' })).outputFiles[0].contents
const files = {
  ...tree(join(root, 'dist/geo'), '/dist/geo/'),
  '/page.js': await bundle('scripts/bench/communes-worker-page.ts', 'iife'),
  '/worker.js': await bundle('scripts/bench/communes-worker.ts', 'esm'),
  '/main.html': `<!doctype html><meta charset="utf-8"><body><script>history.replaceState(null, '', '?mode=main&t=${T}')</script><script src="/page.js"></script>`,
  '/draw.html': `<!doctype html><meta charset="utf-8"><body><script>history.replaceState(null, '', '?mode=draw&t=${T}')</script><script src="/page.js"></script>`,
  '/worker.html': `<!doctype html><meta charset="utf-8"><body><script>history.replaceState(null, '', '?mode=worker&t=${T}')</script><script src="/page.js"></script>`,
}
const server = await serve(files)
const browser = await launch()
const out = { main: [], worker: [], draw: [] }
for (let i = 0; i < RUNS; i++) {
  const order = ['main', 'worker', 'draw']
  for (let j = 0; j < i % 3; j++) order.push(order.shift())
  for (const k of order) out[k].push(await load(browser, server.origin, `/${k}.html`, { timeout: 120_000 }))
  process.stderr.write(`run ${i + 1}: main ${Math.round(out.main.at(-1).fromGeometry)} ms, worker ${Math.round(out.worker.at(-1).fromGeometry)} ms\n`)
}
console.log(machine(browser))
await browser.close()
await server.close()
const keys = ['fromGeometry', 'mainBusy', 'modelAt', 'decode', 'shapes', 'paths', 'work', 'pack', 'received', 'unpack', 'draw', 'drawImage']
console.log(`| medians of ${RUNS} (ms) | ${keys.join(' | ')} |\n|---|${keys.map(() => '---').join('|')}|`)
for (const k of ['main', 'worker', 'draw']) console.log(`| ${k} | ${keys.map((x) => (out[k].some((r) => r[x] !== undefined) ? median(out[k].map((r) => r[x] ?? NaN)).toFixed(1) : '')).join(' | ')} |`)
const ratio = (k) => (median(out[k].map((r) => r.fromGeometry)) / median(out.main.map((r) => r.fromGeometry))).toFixed(2)
console.log(`file → painted, worker / main: ${ratio('worker')}, worker drawing too / main: ${ratio('draw')}; shapes ${out.main[0].count} and ${out.worker[0].count}`)

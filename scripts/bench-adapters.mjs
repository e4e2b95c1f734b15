// Benchmark of the CSV adapter: ../shared/data/deps/population/population.csv (~35,000 communes),
// d3-dsv `parseRows` alone versus our parser alone and the full `fromCSV(...).load()` (sniffing,
// per-column decimal vote, missing markers, code checks against the commune registry, cells),
// in Node and in Debian Chromium, in the same run.
//
//   node --expose-gc scripts/bench-adapters.mjs [runs]      (KEEP=1 keeps the bundle, to profile it)
//
// The bench entry is bundled with rollup into a temporary folder (the same code for both runtimes);
// the registry files are read from dist/registry (`node scripts/build-registry.mjs`).
import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { chromium } from 'playwright-core'
import { createServer } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const csvPath = join(root, '../shared/data/deps/population/population.csv')
const runs = Number(process.argv[2] ?? 15)
// Inside node_modules so that the bundler resolves d3-dsv from the repo's dependencies.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
const tmp = mkdtempSync(join(root, 'node_modules/.cache/bench-adapters-'))

const entry = join(tmp, 'entry.ts')
writeFileSync(
  entry,
  `import { csvParseRows } from 'd3-dsv'
import { parseCsv, fromCSV } from ${JSON.stringify(join(root, 'data-adapters/csv/index.ts'))}
import { loadTerritories } from ${JSON.stringify(join(root, 'src/core/registry/index.ts'))}
import { setAssetBase } from ${JSON.stringify(join(root, 'src/core/assets.ts'))}
export { csvParseRows, parseCsv, fromCSV, loadTerritories, setAssetBase }
// @ts-nocheck
export const measure = ${measure.toString()}
`,
)
const bundle = await rollup({
  input: entry,
  plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: join(root, 'tsconfig.json'), include: [join(root, '{src,data-adapters}/**/*.ts'), entry], compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: tmp }, noEmitOnError: false })],
  onwarn: () => {},
})
await bundle.write({ file: join(tmp, 'bench.js'), format: 'es', inlineDynamicImports: true })

/** The measurement, run as is in Node and in the page. */
async function measure(lib, text, runs, gc, heap) {
  const { csvParseRows, parseCsv, fromCSV } = lib
  const options = { text, level: 'commune', code: 'Code Insee', value: 'Population totale', sourceName: 'population.csv' }
  const cases = {
    'd3-dsv parseRows': () => csvParseRows(text),
    'parseCsv (ours)': () => parseCsv(text, 'population.csv'),
    'fromCSV load (ours)': () => fromCSV(options).load(),
  }
  await fromCSV(options).load() // warm-up and registry load
  const out = {}
  for (const [name, run] of Object.entries(cases)) {
    const times = []
    let held = 0
    for (let i = 0; i < runs; i++) {
      gc()
      const before = heap()
      const t0 = performance.now()
      const keep = [await run()]
      times.push(performance.now() - t0)
      gc()
      held = Math.max(held, heap() - before)
      if (!keep[0]) throw new Error('no result')
      keep.length = 0
    }
    times.sort((a, b) => a - b)
    out[name] = { medianMs: times[Math.floor(times.length / 2)], minMs: times[0], heldMB: held / 1048576 }
  }
  return out
}

const text = readFileSync(csvPath, 'utf8')
const lib = await import(pathToFileURL(join(tmp, 'bench.js')).href)
lib.setAssetBase(pathToFileURL(join(root, 'dist/')))
const gc = globalThis.gc ?? (() => {})
if (process.env.KEEP) console.log(tmp)
const node = await lib.measure(lib, text, runs, gc, () => process.memoryUsage().heapUsed)

// Chromium: the same bundle and function in a page served from 127.0.0.1.
const files = { '/bench.js': join(tmp, 'bench.js'), '/population.csv': csvPath, '/dist/registry/communes.json': join(root, 'dist/registry/communes.json') }
const server = createServer((req, res) => {
  if (req.url === '/') return res.end('<!doctype html><title>bench</title>')
  const file = files[req.url]
  if (!file) return res.writeHead(404).end()
  res.setHeader('content-type', req.url.endsWith('.js') ? 'text/javascript' : 'text/plain; charset=utf-8')
  res.end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
})
let browserResult
try {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  browserResult = await page.evaluate(
    async ({ base, runs }) => {
      const lib = await import(`${base}/bench.js`)
      lib.setAssetBase(`${base}/dist/`)
      const text = await (await fetch(`${base}/population.csv`)).text()
      return lib.measure(lib, text, runs, globalThis.gc ?? (() => {}), () => performance.memory?.usedJSHeapSize ?? 0)
    },
    { base, runs },
  )
} finally {
  await browser.close()
  server.close()
  if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true })
}

const rows = (name, r) => {
  const ref = r['d3-dsv parseRows'].medianMs
  return Object.entries(r).map(([k, v]) => `| ${name} | ${k} | ${v.medianMs.toFixed(1)} | ${v.minMs.toFixed(1)} | ${(v.medianMs / ref).toFixed(2)}× | ${v.heldMB.toFixed(1)} |`)
}
console.log(`population.csv: ${text.length} characters, ${text.split('\n').length - 2} rows; ${runs} runs each\n`)
console.log('| runtime | case | median ms | min ms | ratio to parseRows (median) | heap held by the result, MB |')
console.log('|---|---|---|---|---|---|')
for (const line of [...rows(`Node ${process.version}`, node), ...rows('Chromium', browserResult)]) console.log(line)

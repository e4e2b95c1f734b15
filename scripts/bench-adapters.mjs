// Benchmark of the CSV adapter: ../shared/data/deps/population/population.csv (~35,000 communes),
// d3-dsv `csvParseRows` alone versus our parser alone and the full `fromCSV(...).load()` (sniffing,
// per-column decimal vote, missing markers, code checks against the commune registry, cells, report),
// in Node and in Debian Chromium, in the same run.
//
//   node --expose-gc scripts/bench-adapters.mjs [runs=21]      (KEEP=1 keeps the bundle, to profile it;
//   `--bundle-only` writes the bundle, prints its path and stops; BASE=<commit> adds that commit's
//   parser and fromCSV as cases "(base)", timed in the same rounds: before/after a change in one run;
//   NO_MEMORY=1 skips the memory measures)
//
// Time: after 3 warm-up rounds (the commune registry is loaded before, never timed), `runs` rounds in
// which every case is timed once, in an order rotated each round, in two modes (see timeAll): `steady`
// (after an untimed run of the same case) and `after-gc` (after a forced gc); medians, and the median
// of the per-round ratios to csvParseRows (the cases of one round share the machine's load).
// Memory, each case in a fresh process (Node) or a fresh browser context (Chromium), registry loaded
// and one warm-up run first:
// - retained: heap used after a forced gc with the result alive, minus the same before the run;
// - peak (Node): the highest heap used during the run, from V8's --trace-gc (heap before each gc, and
//   at the end) with a 1 MB young generation so that garbage is counted at a fine grain, minus before;
// - after, no gc (Chromium): heap used right after the run, garbage included, minus before (CDP
//   Runtime.getHeapUsage; a lower bound of the peak);
// - max RSS (Node): the child process's resident peak (`process.resourceUsage().maxRSS`), next to a
//   child that only does the setup.
//
// The bench entry is bundled with rollup into a temporary folder (the same code for both runtimes);
// the registry files are read from dist/registry (`node scripts/build-registry.mjs`).
import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { chromium } from 'playwright-core'
import { createServer } from 'node:http'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'

const root = fileURLToPath(new URL('..', import.meta.url))
const csvPath = join(root, '../shared/data/deps/population/population.csv')

/** The cases, shipped as is to the page. */
function casesOf(lib, text) {
  const options = { text, level: 'commune', code: 'Code Insee', value: 'Population totale', sourceName: 'population.csv' }
  return {
    'd3-dsv csvParseRows': () => lib.csvParseRows(text),
    'parseCsvColumns (ours: the parser of fromCSV)': () => lib.parseCsvColumns(text, 'population.csv'),
    'parseCsv (ours: rows as objects)': () => lib.parseCsv(text, 'population.csv'),
    'fromCSV(…).load()': () => lib.fromCSV(options).load(),
    ...(lib.base
      ? {
          'parseCsvColumns (base)': () => lib.base.parseCsvColumns(text, 'population.csv'),
          'fromCSV(…).load() (base)': () => lib.base.fromCSV(options).load(),
        }
      : {}),
  }
}

/**
 * Timing, run as is in Node and in the page: rounds of every case, in an order rotated each round.
 * `steady`: each timed run follows an untimed run of the same case, no forced gc (the heap as that case
 * leaves it: its own garbage is collected in its time). `after-gc`: each timed run follows a forced
 * full gc (a cold heap: the young generation is small again, everything the run keeps is copied).
 */
async function timeAll(lib, text, runs, gc, mode) {
  const cases = lib.casesOf(lib, text)
  const names = Object.keys(cases)
  await lib.loadTerritories('commune')
  if (lib.base) await lib.base.loadTerritories('commune')
  for (let w = 0; w < 3; w++) for (const name of names) if (!(await cases[name]())) throw new Error('no result')
  const times = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length]
      if (mode === 'after-gc') gc()
      else await cases[name]()
      const t0 = performance.now()
      const out = await cases[name]()
      times[name].push(performance.now() - t0)
      if (!out) throw new Error('no result')
    }
  }
  return times
}

// A memory child: `node --expose-gc --max-semi-space-size=1 bench-adapters.mjs --memory <bundle> <case|setup>`.
if (process.argv[2] === '--memory') {
  const [, , , bundle, which] = process.argv
  const lib = await import(pathToFileURL(bundle).href)
  lib.setAssetBase(pathToFileURL(join(root, 'dist/')))
  const text = readFileSync(csvPath, 'utf8')
  await lib.loadTerritories('commune')
  const out = { maxRssMB: 0 }
  if (which !== 'setup') {
    const run = lib.casesOf(lib, text)[which]
    // Warm-up inside a function of its own: the value of a top-level `await run()` would stay alive
    // (the last awaited value is kept by the module's frame) and be counted in `before` — which is
    // how the earlier version of this script measured 0.0 MB retained.
    await (async () => void (await run()))()
    gc()
    const before = process.memoryUsage().heapUsed
    v8.setFlagsFromString('--trace-gc')
    let keep = await run()
    const end = process.memoryUsage().heapUsed
    v8.setFlagsFromString('--no-trace-gc')
    gc()
    out.retainedMB = (process.memoryUsage().heapUsed - before) / 1048576
    out.endMB = (end - before) / 1048576
    out.beforeMB = before / 1048576
    if (!keep) throw new Error('no result')
    keep = undefined
  }
  out.maxRssMB = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`RESULT ${JSON.stringify(out)}\n`)
  process.exit(0)
}

const bundleOnly = process.argv[2] === '--bundle-only'
const runs = Number(bundleOnly ? 0 : (process.argv[2] ?? 21))
// Inside node_modules so that the bundler resolves d3-dsv from the repo's dependencies.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
const tmp = mkdtempSync(join(root, 'node_modules/.cache/bench-adapters-'))
const entry = join(tmp, 'entry.ts')
// The base commit's sources, beside the entry (inside the repo, where the TypeScript plugin compiles them),
// with this checkout's generated registry files (not in git).
const baseRoot = process.env.BASE ? join(tmp, 'base') : undefined
if (baseRoot) {
  mkdirSync(baseRoot)
  execFileSync('sh', ['-c', `git -C "${root}" archive "${process.env.BASE}" src data-adapters | tar -x -C "${baseRoot}"`])
  for (const f of readdirSync(join(root, 'src/core/registry')).filter((f) => f.includes('.generated.'))) copyFileSync(join(root, 'src/core/registry', f), join(baseRoot, 'src/core/registry', f))
}
if (baseRoot) {
  // Compiled on its own (its own tsconfig, as the base commit had it), then imported as JavaScript.
  const baseTsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'))
  writeFileSync(join(baseRoot, 'tsconfig.json'), JSON.stringify({ ...baseTsconfig, include: ['src', 'data-adapters', 'entry.ts'] }))
  writeFileSync(
    join(baseRoot, 'entry.ts'),
    `export { fromCSV } from './data-adapters/csv/index.js'
export { parseCsvColumns } from './data-adapters/csv/parse.js'
export { loadTerritories } from './src/core/registry/index.js'
export { setAssetBase } from './src/core/assets.js'
`,
  )
  const baseBundle = await rollup({
    input: join(baseRoot, 'entry.ts'),
    plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: join(baseRoot, 'tsconfig.json'), compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: join(baseRoot, 'out') }, noEmitOnError: false })],
    onwarn: () => {},
  })
  await baseBundle.write({ file: join(baseRoot, 'out/base.js'), format: 'es', inlineDynamicImports: true })
}
const baseImports = baseRoot ? `import * as baseLib from './base/out/base.js'\nexport const base = baseLib\n` : 'export const base = undefined\n'
writeFileSync(
  entry,
  `import { csvParseRows } from 'd3-dsv'
import { parseCsv, fromCSV } from ${JSON.stringify(join(root, 'data-adapters/csv/index.ts'))}
import { parseCsvColumns } from ${JSON.stringify(join(root, 'data-adapters/csv/parse.ts'))}
import { loadTerritories } from ${JSON.stringify(join(root, 'src/core/registry/index.ts'))}
import { setAssetBase } from ${JSON.stringify(join(root, 'src/core/assets.ts'))}
export { csvParseRows, parseCsv, parseCsvColumns, fromCSV, loadTerritories, setAssetBase }
${baseImports}// @ts-nocheck
export const casesOf = ${casesOf.toString()}
export const timeAll = ${timeAll.toString()}
`,
)
const bundle = await rollup({
  input: entry,
  plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: join(root, 'tsconfig.json'), include: [join(root, '{src,data-adapters}/**/*.ts'), entry], compilerOptions: { noEmit: false, declaration: false, sourceMap: false, outDir: tmp }, noEmitOnError: false })],
  onwarn: () => {},
})
const bundleFile = join(tmp, 'bench.js')
await bundle.write({ file: bundleFile, format: 'es', inlineDynamicImports: true })
if (bundleOnly) {
  console.log(bundleFile)
  process.exit(0)
}

const text = readFileSync(csvPath, 'utf8')
const lib = await import(pathToFileURL(bundleFile).href)
lib.setAssetBase(pathToFileURL(join(root, 'dist/')))
lib.base?.setAssetBase(pathToFileURL(join(root, 'dist/')))
const names = Object.keys(lib.casesOf(lib, text))
if (process.env.KEEP) console.log(tmp)
if (!globalThis.gc) throw new Error('run with node --expose-gc')

// Node: time (both modes), then memory in fresh processes.
const modes = ['steady', 'after-gc']
const nodeTimes = {}
for (const mode of modes) nodeTimes[mode] = await lib.timeAll(lib, text, runs, globalThis.gc, mode)
const nodeMemory = {}
for (const which of process.env.NO_MEMORY ? [] : ['setup', ...names]) {
  const stdout = execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=1', fileURLToPath(import.meta.url), '--memory', bundleFile, which], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const result = JSON.parse(stdout.split('\n').find((l) => l.startsWith('RESULT ')).slice(7))
  // Heap used (MiB) before each gc of the run (`Scavenge 12.3 (15.0) -> ...`), and at its end: the peak.
  const beforeGc = [...stdout.matchAll(/: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Mark-Compact \(reduce\))[^\d]*([\d.]+) \(/g)].map((m) => Number(m[1]))
  if (which !== 'setup') result.peakMB = Math.max(result.endMB, ...beforeGc.map((mb) => mb - result.beforeMB))
  nodeMemory[which] = result
}

// Chromium: the same bundle and functions in a page served from 127.0.0.1.
const files = { '/bench.js': bundleFile, '/population.csv': csvPath, '/dist/registry/communes.json': join(root, 'dist/registry/communes.json') }
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
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
})
const setup = async ({ base }) => {
  const lib = await import(`${base}/bench.js`)
  lib.setAssetBase(`${base}/dist/`)
  lib.base?.setAssetBase(`${base}/dist/`)
  globalThis.benchLib = lib
  globalThis.benchText = await (await fetch(`${base}/population.csv`)).text()
  await lib.loadTerritories('commune')
}
let browserTimes
let chromiumVersion
const browserMemory = {}
try {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  await page.evaluate(setup, { base })
  browserTimes = {}
  for (const mode of modes) browserTimes[mode] = await page.evaluate(({ runs, mode }) => benchLib.timeAll(benchLib, benchText, runs, globalThis.gc, mode), { runs, mode })
  await page.close()
  for (const name of process.env.NO_MEMORY ? [] : names) {
    const context = await browser.newContext()
    const p = await context.newPage()
    await p.goto(`${base}/`)
    await p.evaluate(setup, { base })
    const cdp = await context.newCDPSession(p)
    const used = async (collect) => {
      if (collect) await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576
    }
    const retained = []
    const after = []
    for (let k = 0; k < 4; k++) {
      await p.evaluate(() => (globalThis.benchKeep = undefined))
      const before = await used(true)
      await p.evaluate(async (name) => (globalThis.benchKeep = await benchLib.casesOf(benchLib, benchText)[name]()), name)
      const noGc = await used(false)
      const kept = await used(true)
      if (k > 0) retained.push(kept - before), after.push(noGc - before) // the first run is the warm-up
    }
    browserMemory[name] = { retainedMB: median(retained), afterMB: median(after) }
    await context.close()
  }
} finally {
  chromiumVersion = browser.version()
  await browser.close()
  server.close()
  if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true })
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ref = names[0]
const timeRows = (runtime, times) =>
  names.map((name) => {
    const t = times[name]
    const ratios = t.map((ms, r) => ms / times[ref][r])
    return `${runtime} | ${name} | ${median(t).toFixed(1)} | ${Math.min(...t).toFixed(1)} | ${(median(t) / median(times[ref])).toFixed(2)}× | ${median(ratios).toFixed(2)}× |`
  })
const mb = (x) => (x === undefined ? '–' : x.toFixed(1))
console.log(`population.csv: ${text.length} characters, ${text.split('\n').filter(Boolean).length - 1} rows; ${runs} timed rounds per runtime`)
console.log(`machine: ${cpus()[0].model}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; Chromium ${chromiumVersion}\n`)
console.log('| runtime | timing | case | median ms | min ms | ratio of medians | median of per-round ratios |')
console.log('|---|---|---|---|---|---|---|')
for (const mode of modes)
  for (const line of [...timeRows(`| Node ${process.version} | ${mode}`, nodeTimes[mode]), ...timeRows(`| Chromium ${chromiumVersion} | ${mode}`, browserTimes[mode])]) console.log(line)
console.log('\n| runtime | case | retained MB | peak MB (Node) / after, no gc MB (Chromium) | max RSS of the process MB |')
console.log('|---|---|---|---|---|')
if (!process.env.NO_MEMORY) {
  console.log(`| Node | setup only (registry loaded) | – | – | ${mb(nodeMemory.setup.maxRssMB)} |`)
  for (const name of names) console.log(`| Node | ${name} | ${mb(nodeMemory[name].retainedMB)} | ${mb(nodeMemory[name].peakMB)} | ${mb(nodeMemory[name].maxRssMB)} |`)
  for (const name of names) console.log(`| Chromium | ${name} | ${mb(browserMemory[name].retainedMB)} | ${mb(browserMemory[name].afterMB)} | – |`)
}

// A/B of <atlas-map> (101 départements, the page of bench-trace.mjs) between two built dist/ folders, loads
// alternated ABBA in one Chromium run: painted, from the map's chunk received, chunk received → evaluated
// (toEval) and evaluated → painted (fromEval, with its main-thread CPU cpuAfterEval), the loader's idle
// collator's start from painted, and from a trace of each load
// main-thread CPU (thread time), most CPU in one task, longest task, tasks, layouts and timer tasks, the
// figures the machine's load moves least. Prints a Markdown table (medians) and the paired ratios.
//   node scripts/bench-ab.mjs --a <before>/dist --b dist [--runs 8] [--shots DIR]
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
const W = fileURLToPath(new URL('..', import.meta.url))
const { cli, launch, load, serve, median } = await import(join(W, 'scripts/bench/harness.mjs'))
const { atlasPage } = await import(join(W, 'scripts/bench/pages.mjs'))
const { departementValues } = await import(join(W, 'scripts/bench/values.mjs'))
const { option } = cli()
const RUNS = option('runs', 8)
const shots = option('shots')
const files = {}
for (const [tag, dir] of [['a', option('a')], ['b', option('b')]]) {
  const walk = (d) => { for (const name of readdirSync(d)) { const p = join(d, name); if (statSync(p).isDirectory()) walk(p); else files[`/${tag}/dist/${relative(dir, p)}`] = readFileSync(p) } }
  walk(dir)
}
const { values, label, year } = departementValues()
files['/data/deps.csv'] = Buffer.from(`code,value\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`)
for (const tag of ['a', 'b']) {
  let page = atlasPage({ csv: '/data/deps.csv', label, year, script: `/${tag}/dist/atlas-culture.min.js` })
  page = page.replace('window.result = {', 'window.result = { chunkEnd: Math.max(...performance.getEntriesByType("resource").filter((e) => /atlas-culture\\.map-/.test(e.name)).map((e) => e.responseEnd)), dataEnd: Math.max(...performance.getEntriesByType("resource").filter((e) => /deps\\.csv|france\\.xy/.test(e.name)).map((e) => e.responseEnd)),')
  files[`/${tag}.html`] = Buffer.from(page)
}
const server = await serve(files)
const browser = await launch()
const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'blink.user_timing', 'blink', 'v8.execute']
function cpu(trace, tag, painted) {
  const events = JSON.parse(trace).traceEvents
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(`/${tag}.html`))
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args.name === 'CrRendererMain').tid
  const end = nav.ts + painted * 1000
  const tasks = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= nav.ts && e.ts <= end)
  return { cpu: tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000, longestCpu: Math.max(...tasks.map((t) => (t.tdur ?? 0) / 1000)), longestWall: Math.max(...tasks.map((t) => t.dur / 1000)), tasks: tasks.length,
    layouts: events.filter((e) => e.pid === nav.pid && e.tid === tid && e.name === 'Layout' && e.ts >= nav.ts && e.ts <= end).length,
    timers: events.filter((e) => e.pid === nav.pid && e.tid === tid && e.name === 'TimerFire' && e.ts >= nav.ts && e.ts <= end).length,
    // Raster work on the renderer's worker threads (not main-thread CPU): "painted" waits for the frame it rasters.
    // The map's chunk evaluated (the page's first module: the loader is a classic script), from navigation
    // start, and the main thread's CPU from then to painted (the map's own work, its fetches aside).
    ...((e) => ({ evaluated: (e.ts - nav.ts) / 1000, cpuAfterEval: tasks.filter((t) => t.ts + t.dur >= e.ts).reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000 }))(events.find((e) => e.pid === nav.pid && e.tid === tid && e.name === 'v8.evaluateModule' && e.ts >= nav.ts)),
    // The loader's call of 5 ms or more of CPU (the idle collator), from painted (negative: before it).
    collator: ((e) => (e ? (e.ts - nav.ts) / 1000 - painted : NaN))(events.find((e) => e.pid === nav.pid && e.tid === tid && e.name === 'FunctionCall' && (e.tdur ?? 0) > 5000 && /atlas-culture\.min\.js/.test(e.args?.data?.url ?? ''))),
    raster: events.filter((e) => e.pid === nav.pid && e.ph === 'X' && e.name === 'RasterTask' && e.ts >= nav.ts && e.ts <= end).reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000 }
}
const res = { a: [], b: [] }
await load(browser, server.origin, '/a.html'); await load(browser, server.origin, '/b.html')
const order = []
for (let i = 0; i < RUNS; i++) order.push(...(i % 2 ? ['b', 'a'] : ['a', 'b']))
let n = 0
for (const tag of order) {
  const r = await load(browser, server.origin, `/${tag}.html`, {
    before: async (page) => browser.startTracing(page, { categories: CATS }),
    after: async () => ({ trace: (await browser.stopTracing()).toString('utf8') }),
    shot: shots && n < 2 ? join(shots, `${tag}.png`) : undefined,
  })
  n++
  const c = cpu(r.trace, tag, r.painted)
  res[tag].push({ painted: r.painted, fromChunk: r.painted - r.chunkEnd, toEval: c.evaluated - r.chunkEnd, fromEval: r.painted - c.evaluated, fromData: r.painted - Math.max(r.dataEnd, r.chunkEnd), longest: r.longest, tbt: r.tbt, ...c })
}
await browser.close(); await server.close()
const keys = ['painted', 'fromChunk', 'toEval', 'fromEval', 'fromData', 'cpu', 'cpuAfterEval', 'collator', 'raster', 'longestCpu', 'longestWall', 'longest', 'tbt', 'tasks', 'layouts', 'timers']
console.log(`A = ${option('a')}, B = ${option('b')}; ${RUNS} runs each, alternated ABBA; load average now ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
console.log('| measure (median) | A | B | B / A |\n|---|---|---|---|')
for (const k of keys) { const a = median(res.a.map((r) => r[k])), b = median(res.b.map((r) => r[k])); console.log(`| ${k} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`) }
// paired ratios per round
const pr = res.a.map((r, i) => res.b[i].cpu / r.cpu)
console.log('paired CPU ratios B/A per round:', pr.map((x) => x.toFixed(2)).join(' '))
console.log('paired fromChunk ratios B/A:', res.a.map((r, i) => (res.b[i].fromChunk / r.fromChunk).toFixed(2)).join(' '))

// Where the time of the communes of France (canvas) goes: a CDP CPU profile of an unminified page bundle
// (the map over a dist/, names kept), from the map's render call (the data already loaded) to painted:
// self time per function, and inclusive time of the functions named with --focus.
//   node scripts/bench-profile-communes.mjs [--dist DIR] [--runs 3] [--top 25] [--within departement:29] [--focus a,b] [--lines 30]
// --lines N: the N lines with the most samples (200 µs each). Self times are sampled on the wall clock: on a
// loaded machine they include time the thread waited for a core.
// Needs a built dist/ (npm run build). Prints Markdown.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rollup } from 'rollup'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { tree } from './bench/bundle.mjs'
import { cli, launch, machine, median, serve } from './bench/harness.mjs'
import { shared } from './bench/values.mjs'

const { option } = cli()
const RUNS = option('runs', 3)
const TOP = option('top', 25)
const WITHIN = option('within')
const LINES = option('lines', 0)
const FOCUS = option('focus', 'decodePlanar,planarShapes,finishShapes,gridScene,drawScene,computeMap,pathOf,gridPath,joined')
const root = fileURLToPath(new URL('..', import.meta.url))
const dist = option('dist', join(root, 'dist'))

const entry = join(root, 'scripts/bench/map-entry.js')
const tmpEntry = readFileSync(entry, 'utf8').replaceAll('../../dist/', `${join(dist, '/')}`)
const b = await rollup({ input: 'entry', plugins: [{ name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? tmpEntry : null) }, nodeResolve({ rootDir: root, modulePaths: [join(root, 'node_modules')] })], onwarn: () => {} })
const { output } = await b.generate({ format: 'iife', inlineDynamicImports: true })
await b.close()

const page = `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="/atlas.js"></script><script>
const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))
const { h, render, ChoroplethMap, setAssetBase, fromCSV } = atlasBench
setAssetBase(location.origin + '/dist/')
fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load().then((table) => {
  window.ready = true
  const go = () => {
    if (!window.go) return setTimeout(go, 10)
    const start = performance.now()
    render(h(ChoroplethMap, { table, ${WITHIN ? `within: '${WITHIN}', ` : ''}onReady: () => painted().then((t) => (window.result = { ms: t - start })) }), document.getElementById('map'))
  }
  go()
})
</script>`
const files = {
  ...tree(join(dist, 'geo'), '/dist/geo/'),
  ...tree(join(dist, 'registry'), '/dist/registry/'),
  '/atlas.js': Buffer.from(output[0].code),
  '/data/population.csv': readFileSync(join(shared, 'data/deps/population/population.csv')),
  '/p.html': page,
}
const server = await serve(files)
const browser = await launch()

function times(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  const incl = new Map()
  const lines = new Map()
  for (const n of profile.nodes) for (const t of n.positionTicks ?? []) {
    const key = `${n.callFrame.functionName || '(anonymous)'}@${t.line}`
    lines.set(key, (lines.get(key) ?? 0) + t.ticks)
  }
  const focus = FOCUS.split(',')
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const n = byId.get(id)
    const f = n.callFrame
    const key = `${f.functionName || '(anonymous)'}${f.url ? `:${f.lineNumber + 1}` : ''}`
    self.set(key, (self.get(key) ?? 0) + dt)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName
      if (focus.includes(name) && !seen.has(name)) {
        seen.add(name)
        incl.set(name, (incl.get(name) ?? 0) + dt)
      }
    }
  })
  return { self, incl, lines }
}

const runs = []
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } })
  const p = await context.newPage()
  await p.goto(server.origin + '/p.html')
  await p.waitForFunction(() => window.ready === true, null, { timeout: 120_000, polling: 50 })
  const cdp = await context.newCDPSession(p)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await p.evaluate(() => (window.go = true))
  await p.waitForFunction(() => window.result !== undefined, null, { timeout: 240_000, polling: 50 })
  const { profile } = await cdp.send('Profiler.stop')
  const { ms } = await p.evaluate(() => window.result)
  runs.push({ ms, ...times(profile) })
  process.stderr.write(`run ${i + 1}: ${Math.round(ms)} ms\n`)
  await context.close()
}
const where = machine(browser)
await browser.close()
await server.close()

const avg = (key) => {
  const all = new Map()
  for (const r of runs) for (const [k, v] of r[key]) all.set(k, (all.get(k) ?? 0) + v / runs.length)
  return [...all].sort((a, b) => b[1] - a[1])
}
const busy = avg('self').filter(([k]) => k !== '(idle)' && k !== '(program)').reduce((s, [, v]) => s + v, 0)
console.log(`${where}. ${WITHIN ?? 'communes of France'}, render → painted ${runs.map((r) => Math.round(r.ms)).join(', ')} ms (median ${Math.round(median(runs.map((r) => r.ms)))}); profiled JS + GC (not idle, not program) ${Math.round(busy)} ms a load (mean of ${RUNS}).\n`)
console.log('| function (self) | ms |\n|---|---|')
for (const [k, v] of avg('self').slice(0, TOP)) console.log(`| ${k} | ${v.toFixed(1)} |`)
if (LINES > 0) {
  console.log('\n| line (function@line of the unminified bundle) | ms |\n|---|---|')
  for (const [k, v] of avg('lines').slice(0, LINES)) console.log(`| ${k} | ${((v * 200) / 1000).toFixed(1)} |`)
}
console.log('\n| function (inclusive) | ms |\n|---|---|')
for (const [k, v] of avg('incl')) console.log(`| ${k} | ${v.toFixed(1)} |`)

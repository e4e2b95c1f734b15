// The timeline of <atlas-map> (101 départements) loads, for reading where the time goes: from a Chromium
// trace, every main-thread task of 1 ms or more with what runs in it (evaluation, timers, microtasks,
// frames, style, layout, paint), the page's resource timings (start, first byte, end), `atlas-ready`,
// the raster tasks of the renderer's worker threads and the compositor's frames, sorted by time (ms
// from navigation start). Raw lines, not a table: scripts/bench-trace.mjs and scripts/bench-ab.mjs sum.
// --page 29: bench-map's page of the communes of Finistère after Côtes-d'Armor (ChoroplethMap in a page bundle),
// from the first map's geometry to 5 s after the second's « painted » (PAINTED: its geometry's responseEnd +
// fromGeometry).
//   node scripts/bench-timeline.mjs [--runs 2] [--dist DIR] [--page 29]
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { cli, launch, load, serve } from './bench/harness.mjs'
import { pageBundle, tree } from './bench/bundle.mjs'
import { atlasCommunesOf, atlasPage } from './bench/pages.mjs'
import { departementValues, shared } from './bench/values.mjs'
const { option } = cli()
const dist = option('dist', 'dist')
const RUNS = option('runs', 2)
const COMMUNES = option('page') === '29'
const files = {}
const walk = (dir) => { for (const name of readdirSync(dir)) { const p = join(dir, name); if (statSync(p).isDirectory()) walk(p); else files[`/dist/${relative(dist, p)}`] = readFileSync(p) } }
if (COMMUNES) {
  Object.assign(files, tree(join(dist, 'geo'), '/dist/geo/'), tree(join(dist, 'registry'), '/dist/registry/'))
  files['/atlas.js'] = await pageBundle(join(import.meta.dirname, '..'), 'scripts/bench/map-entry.js', resolve(dist))
  files['/data/population.csv'] = readFileSync(join(shared, 'data/deps/population/population.csv'))
  files['/atlas.html'] = Buffer.from(atlasCommunesOf('29', '22'))
} else {
  walk(dist)
  const { values, label, year } = departementValues()
  files['/data/deps.csv'] = Buffer.from(`code,value\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`)
  files['/atlas.html'] = Buffer.from(atlasPage({ csv: '/data/deps.csv', label, year }))
}
const server = await serve(files)
const browser = await launch()
const CATS = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel', 'v8.execute', 'blink.user_timing', 'loading', 'blink', 'cc', 'viz']
await load(browser, server.origin, '/atlas.html')
for (let run = 0; run < RUNS; run++) {
  const r = await load(browser, server.origin, '/atlas.html', {
    before: async (page) => { await page.addInitScript(() => { window.__marks = []; document.addEventListener('atlas-ready', () => window.__marks.push(['atlas-ready', performance.now()]), { capture: true }); }); await browser.startTracing(page, { categories: CATS }) },
    after: async (page) => ({ trace: (await browser.stopTracing()).toString('utf8'), marks: await page.evaluate(() => window.__marks), res: await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime, e.responseStart, e.responseEnd])) }),
  })
  const ev = JSON.parse(r.trace).traceEvents
  const nav = ev.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('/atlas.html'))
  const mainTid = ev.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args.name === 'CrRendererMain')?.tid
  const threads = Object.fromEntries(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid).map((e) => [e.tid, e.args.name]))
  const t = (e) => ((e.ts - nav.ts) / 1000).toFixed(1)
  const ended = (dep) => r.res.find(([p]) => p.endsWith(`/communes/${dep}.xy.bin`))?.[3]
  if (COMMUNES) r.painted = ended('29') + r.fromGeometry
  const start = COMMUNES ? nav.ts + ended('22') * 1000 : nav.ts
  const end = nav.ts + r.painted * 1000 + 5000
  const lines = []
  for (const [p, s, rs, re] of r.res) lines.push([s, `REQ ${p} start ${s.toFixed(1)} firstbyte ${rs.toFixed(1)} end ${re.toFixed(1)}`])
  for (const [n, x] of r.marks) lines.push([x, `MARK ${n} ${x.toFixed(1)}`])
  lines.push([r.painted, `PAINTED(result) ${r.painted.toFixed(1)}`])
  const interesting = new Set(['RunTask', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.RunMicrotasks', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'ParseHTML', 'EventDispatch', 'v8.compileModule', 'BeginMainThreadFrame', 'MajorGC', 'MinorGC', 'ResourceSendRequest', 'ResourceFinish', 'HTMLParserScriptRunner ExecuteScript', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'RequestAnimationFrame', 'TimerInstall'])
  for (const e of ev) {
    if (e.pid !== nav.pid || e.ts < start || e.ts > end) continue
    if (e.tid === mainTid && interesting.has(e.name) && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i' || e.ph === 'B')) {
      if (e.name === 'RunTask' && e.dur < 1000) continue
      const extra = e.args?.data?.url ? ' ' + String(e.args.data.url).replace(/^.*\//, '') : e.args?.data?.functionName ? ' ' + e.args.data.functionName : e.args?.data?.requestMethod ? ' ' + String(e.args.data.url) : ''
      lines.push([(e.ts - nav.ts) / 1000, `main ${t(e)} ${e.name}${extra} ${e.dur ? (e.dur / 1000).toFixed(1) + 'ms' : ''} ${e.tdur ? 'cpu ' + (e.tdur / 1000).toFixed(1) : ''}`])
    } else if (e.tid !== mainTid && e.ph === 'X' && e.dur > 1000 && /Raster|Tile|Decode|ImageDecode|Activate|Draw|Commit|PaintOp|Flush/.test(e.name)) {
      lines.push([(e.ts - nav.ts) / 1000, `  [${threads[e.tid] ?? e.tid}] ${t(e)} ${e.name} ${(e.dur / 1000).toFixed(1)}ms cpu ${((e.tdur ?? 0) / 1000).toFixed(1)}`])
    } else if (e.name === 'DrawFrame' || e.name === 'BeginFrame' || e.name === 'PipelineReporter' && e.ph === 'b') {
      lines.push([(e.ts - nav.ts) / 1000, `  (${e.name} ${t(e)} tid ${e.tid})`])
    }
  }
  console.log(`=== run ${run + 1}: painted ${r.painted.toFixed(1)}`)
  console.log(lines.sort((a, b) => a[0] - b[0]).map((l) => l[1]).join('\n'))
}
await browser.close(); await server.close()

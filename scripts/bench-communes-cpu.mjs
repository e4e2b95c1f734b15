// Main-thread CPU of the communes maps, after against before: bench-map's pages (all the communes of France, or
// Finistère after Côtes-d'Armor) over this dist/ and over --base's, alternated with the bare d3-geo floor, each
// load traced (thread time of the main thread's tasks from the geometry's responseEnd to painted). --profile adds
// a CPU profile of an unminified bundle (self time per function in that window). "Drawn" is read from the same
// trace: the compositor's first draw after the activation of the frame that holds the map (its commit after the
// window's longest task, the render), that is once that frame's tiles are rastered. The pages' "painted" (two
// animation frames after `onReady`) does not wait for that raster in headless Chromium: the next frame's main
// thread may start before the raster of the one before. "Raster CPU" is the thread time of the raster tasks from the
// geometry's responseEnd to that draw.
//   node scripts/bench-communes-cpu.mjs --base DIR [--runs 5] [--page france|29] [--profile]
// Needs a built dist/ (npm run build) and the dist/ of an earlier build in DIR. Wall-clock medians on a shared
// machine swing 1.5–2×: main-thread CPU and same-run ratios are the firmer figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rollup } from 'rollup'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { pageBundle, tree } from './bench/bundle.mjs'
import { cli, launch, load, machine, median, serve } from './bench/harness.mjs'
import { atlasCommunes, atlasCommunesOf, d3Communes } from './bench/pages.mjs'
import { shared } from './bench/values.mjs'

const { option, flag } = cli()
const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = option('runs', 5)
const PAGE = option('page', 'france')
const BASE = option('base')
if (!BASE) throw new Error('--base DIR: the dist/ of the build to compare with')
const DIST = join(root, 'dist')
/** The page bundle unminified (names kept), for the CPU profile. */
async function devBundle(_root, entry, dist) {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'))
  writeFileSync(join(tmp, 'entry.js'), readFileSync(join(root, entry), 'utf8').replaceAll('../../dist/', `${join(dist, '/')}`))
  const b = await rollup({ input: join(tmp, 'entry.js'), plugins: [nodeResolve({ rootDir: root, modulePaths: [join(root, 'node_modules')] })], onwarn: () => {} })
  const { output } = await b.generate({ format: 'iife', inlineDynamicImports: true })
  await b.close()
  rmSync(tmp, { recursive: true, force: true })
  return Buffer.from(output[0].code)
}
const PROFILE = flag('profile')
const bundleOf = PROFILE ? devBundle : pageBundle
const page = (script, assets) => (PAGE === '29' ? atlasCommunesOf('29', '22', script, assets) : atlasCommunes(0, script, assets))
const files = {
  ...tree(join(DIST, 'geo'), '/dist/geo/'), ...tree(join(DIST, 'registry'), '/dist/registry/'),
  '/atlas.js': await bundleOf(root, 'scripts/bench/map-entry.js', DIST),
  '/data/population.csv': readFileSync(join(shared, 'data/deps/population/population.csv')),
  '/after.html': page('/atlas.js', '/dist/'),
  ...tree(join(BASE, 'geo'), '/base/geo/'), ...tree(join(BASE, 'registry'), '/base/registry/'),
  '/atlas-base.js': await bundleOf(root, 'scripts/bench/map-entry.js', BASE),
  '/before.html': page('/atlas-base.js', '/base/'),
  '/d3.html': d3Communes(),
}
const server = await serve(files)
const browser = await launch()
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'cc', 'toplevel', 'v8', 'blink.user_timing', 'loading']
const before = async (p, cdp) => {
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, enableSampling: false }, transferMode: 'ReportEvents' })
  if (PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start') }
  return events
}
const after = async (p, cdp, events) => {
  const geo = await p.evaluate((dep) => {
    const e = performance.getEntriesByType('resource').filter((x) => (dep === '29' ? /\/communes\/29\./ : /\/geo\/communes\.(xy|topo)\./).test(new URL(x.name).pathname))
    return e.length ? e[e.length - 1].responseEnd : null
  }, PAGE)
  const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined
  // The raster and the draw of the map's frame may come after `painted`.
  await p.waitForTimeout(400)
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.end')
  await done
  return { geo, events, profile }
}
const selfTimes = { after: new Map(), before: new Map(), d3: new Map() }
function bucket(k, profile, events, from, to) {
  const nav = events.filter((e) => e.name === 'navigationStart').find((e) => String(e.args?.data?.documentLoaderURL ?? '').endsWith('.html'))
  const a = nav.ts + from * 1000
  const b = nav.ts + to * 1000
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  let t = profile.startTime
  for (let s = 0; s < profile.samples.length; s++) {
    t += profile.timeDeltas[s]
    if (t < a || t > b) continue
    const n = byId.get(profile.samples[s])
    const name = n.callFrame.functionName || '(anonymous)'
    if (name === '(idle)') continue
    const key = `${name} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`
    selfTimes[k].set(key, (selfTimes[k].get(key) ?? 0) + (profile.timeDeltas[s + 1] ?? 0) / 1000)
  }
}
function cpu(events, from, to) {
  const nav = events.filter((e) => e.name === 'navigationStart').find((e) => String(e.args?.data?.documentLoaderURL ?? '').endsWith('.html'))
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args.name === 'CrRendererMain')?.tid
  const a = nav.ts + from * 1000
  const b = nav.ts + to * 1000
  const runs = events.filter((e) => e.pid === nav.pid && e.tid === mainTid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= a && e.ts <= b).sort((x, y) => x.ts - y.ts || y.dur - x.dur)
  const tasks = []
  let end = -Infinity
  for (const t of runs) if (t.ts >= end) { tasks.push(t); end = t.ts + t.dur }
  // The map's frame: the main thread's first commit after the render (the window's longest task), then the
  // renderer's activation of that tree (its tiles rastered) and the compositor's next draw.
  const render = tasks.reduce((m, t) => (t.dur > m.dur ? t : m), tasks[0])
  const first = (name, at, tid) => events.filter((e) => e.pid === nav.pid && e.name === name && e.ts >= at && (tid === undefined || e.tid === tid)).sort((x, y) => x.ts - y.ts)[0]
  const commit = render && first('Commit', render.ts + render.dur, mainTid)
  const activation = commit && first('LayerTreeHostImpl::ActivateSyncTree', commit.ts + commit.dur)
  const draw = activation && first('DrawFrame', activation.ts + activation.dur)
  // The raster's CPU up to that draw: the renderer's raster tasks (worker threads), thread time.
  const raster = events.filter((e) => e.pid === nav.pid && e.name === 'RasterTask' && e.ph === 'X' && e.ts >= a && e.ts <= (draw?.ts ?? b)).reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0)
  return { cpu: tasks.reduce((s, t) => s + (t.tdur ?? t.dur) / 1000, 0), wall: (b - a) / 1000, longest: Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur) / 1000)), drawn: draw ? (draw.ts - a) / 1000 : NaN, raster }
}
const out = { after: [], before: [], d3: [] }
for (let i = 0; i < RUNS; i++) {
  const pair = [['after', '/after.html'], ['before', '/before.html'], ...(PAGE === 'france' ? [['d3', '/d3.html']] : [])]
  for (let j = 0; j < i % pair.length; j++) pair.push(pair.shift())
  for (const [k, path] of pair) {
    const r = await load(browser, server.origin, path, { timeout: 240_000, viewport: { width: 1000, height: 900 }, before, after })
    out[k].push(cpu(r.events, r.geo, r.geo + r.fromGeometry))
    if (r.profile) bucket(k, r.profile, r.events, r.geo, r.geo + r.fromGeometry)
  }
  process.stderr.write(`run ${i + 1}: after ${Math.round(out.after.at(-1).cpu)} ms CPU, before ${Math.round(out.before.at(-1).cpu)} ms CPU${out.d3.length ? `, d3 ${Math.round(out.d3.at(-1).cpu)}` : ''}\n`)
}
const where = machine(browser)
await browser.close()
await server.close()
console.log(where)
if (PROFILE) for (const k of ['after', 'before']) {
  console.log(`\n## ${k}: self time in the window, per load`)
  for (const [key, t] of [...selfTimes[k]].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`${(t / RUNS).toFixed(1).padStart(8)} ms  ${key}`)
}
for (const k of Object.keys(out).filter((k) => out[k].length)) console.log(`${k}: main-thread CPU geometry received -> painted ${out[k].map((x) => Math.round(x.cpu)).join(', ')} (median ${Math.round(median(out[k].map((x) => x.cpu)))}); wall ${out[k].map((x) => Math.round(x.wall)).join(', ')} (median ${Math.round(median(out[k].map((x) => x.wall)))}); geometry received -> drawn (trace) ${out[k].map((x) => Math.round(x.drawn)).join(', ')} (median ${Math.round(median(out[k].map((x) => x.drawn)))}); raster CPU up to drawn ${out[k].map((x) => x.raster.toFixed(1)).join(', ')} (median ${median(out[k].map((x) => x.raster)).toFixed(1)}); longest task median ${Math.round(median(out[k].map((x) => x.longest)))}`)
if (out.d3.length) console.log(`CPU ratio to the d3 floor (medians): after ${(median(out.after.map((x) => x.cpu)) / median(out.d3.map((x) => x.cpu))).toFixed(2)}×, before ${(median(out.before.map((x) => x.cpu)) / median(out.d3.map((x) => x.cpu))).toFixed(2)}×; wall: after ${(median(out.after.map((x) => x.wall)) / median(out.d3.map((x) => x.wall))).toFixed(2)}×, before ${(median(out.before.map((x) => x.wall)) / median(out.d3.map((x) => x.wall))).toFixed(2)}×`)

// Where the time of `<atlas-map>` (101 départements) goes: a Chromium performance trace of the page load
// (main-thread tasks from navigation start to painted, their duration and what runs inside each), then a
// CPU profile of an unminified build of the same bundle (self time per function).
//   node scripts/bench-trace.mjs [--runs 3] [--dist DIR] [--profile-runs 3] [--top 15]
// Needs a built dist/ (npm run build); --dist serves another build's dist/ (before/after). Prints Markdown.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rollup } from 'rollup'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import { cli, launch, load, machine, median, ms, serve } from './bench/harness.mjs'
import { atlasPage } from './bench/pages.mjs'
import { departementValues } from './bench/values.mjs'

const { option } = cli()
const RUNS = option('runs', 3)
const PROFILE_RUNS = option('profile-runs', 3)
const TOP = option('top', 15)
const root = fileURLToPath(new URL('..', import.meta.url))
const dist = option('dist', join(root, 'dist'))

// Every file of dist/ (geometry, registry, bundles), read once: a rebuild during the run does not mix versions.
const files = {}
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else files[`/dist/${relative(dist, path)}`] = readFileSync(path)
  }
}
walk(dist)
// The same element bundle unminified (names kept), for the CPU profile.
const bundle = await rollup({ input: join(dist, 'embed.js'), plugins: [nodeResolve({ browser: true, rootDir: root, modulePaths: [join(root, 'node_modules')] })], onwarn: () => {} })
const { output } = await bundle.generate({ format: 'iife', name: 'AtlasCulture', inlineDynamicImports: true })
await bundle.close()
files['/dist/atlas-culture.dev.js'] = Buffer.from(output[0].code)

const { values, label, year } = departementValues()
files['/data/deps.csv'] = Buffer.from(`code,value\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`)
files['/atlas.html'] = Buffer.from(atlasPage({ csv: '/data/deps.csv', label, year }))
files['/atlas-dev.html'] = Buffer.from(atlasPage({ csv: '/data/deps.csv', label, year, script: '/dist/atlas-culture.dev.js' }))
files['/blank.html'] = Buffer.from('<!doctype html><title>blank</title>')
const server = await serve(files)
const browser = await launch()

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'blink']

/** Main-thread tasks of the page's renderer between navigation start and painted, with what runs in each. */
function analyse(trace, painted) {
  const events = JSON.parse(trace).traceEvents ?? JSON.parse(trace)
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('/atlas.html'))
  if (!nav) throw new Error('no navigationStart for /atlas.html in the trace')
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args.name === 'CrRendererMain')?.tid
  const end = nav.ts + painted * 1000
  const main = events.filter((e) => e.pid === nav.pid && e.tid === mainTid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= end)
  // Chromium records each task twice (RunTask and ThreadControllerImpl::RunTask, nested): keep the outer one.
  const runs = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  const tasks = runs.filter((t) => !runs.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || o.ts < t.ts || o.name === 'RunTask'))).sort((a, b) => a.ts - b.ts)
  // Direct activity inside each task, by kind: script (with its URL or timer), parse, style/layout, paint, gc.
  const kind = (e) => {
    const n = e.name
    if (n === 'EvaluateScript' || n === 'v8.compile' || n === 'v8.compileModule') return `evaluate ${String(e.args?.data?.url ?? '').replace(/^.*\//, '') || 'inline'}`
    if (n === 'FunctionCall') return `call ${String(e.args?.data?.url ?? '').replace(/^.*\//, '') || '?'}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}`
    if (n === 'HTMLParserScriptRunner ExecuteScript') return `evaluate ${String(e.args?.data?.url ?? '').replace(/^.*\//, '') || 'inline'}`
    if (n === 'CustomElementReactionQueue::invokeReactions') return `custom element ${e.args?.name ?? ''}`
    if (n === 'LocalWindowProxy::Initialize') return 'script context'
    if (n === 'BlinkScheduler_PerformMicrotaskCheckpoint') return 'microtasks'
    if (n === 'LocalFrameView::layout') return 'layout'
    if (n === 'Document::updateStyle') return 'style'
    if (n === 'TimerFire') return 'timer'
    if (n === 'FireAnimationFrame') return 'animation frame'
    if (n === 'EventDispatch') return `event ${e.args?.data?.type ?? ''}`
    if (n === 'RunMicrotasks' || n === 'V8.RunMicrotasks') return 'microtasks'
    if (n === 'ParseHTML') return 'parse HTML'
    if (n === 'ParseAuthorStyleSheet') return 'parse CSS'
    if (n === 'UpdateLayoutTree' || n === 'RecalculateStyles') return 'style'
    if (n === 'Layout') return 'layout'
    if (n === 'Paint' || n === 'PrePaint' || n === 'Layerize' || n === 'UpdateLayer' || n === 'Commit' || n === 'CompositeLayers') return 'paint'
    if (/GC|gc/.test(n)) return 'gc'
    if (n === 'ResourceReceivedData' || n === 'ResourceFinish' || n === 'ResourceReceiveResponse' || n === 'ResourceSendRequest') return 'network'
    return undefined
  }
  const rows = tasks.map((t) => {
    const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
    // Outermost events of each kind only (a FunctionCall inside a TimerFire counts once, as the timer).
    const parts = new Map()
    const covered = []
    for (const e of inside.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
      const k = kind(e)
      if (!k) {
        if (process.env.TRACE_DEBUG && e.dur > 5000) console.error(t.ts, e.name, e.dur / 1000, JSON.stringify(e.args).slice(0, 200))
        continue
      }
      if (covered.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur)) continue
      covered.push(e)
      parts.set(k, (parts.get(k) ?? 0) + e.dur / 1000)
    }
    const gc = inside.filter((e) => /^(MinorGC|MajorGC|V8\.GC_|BlinkGC)/.test(e.name) && !inside.some((o) => o !== e && /GC/.test(o.name) && e.ts >= o.ts && e.ts + e.dur <= o.ts + o.dur && o.dur > e.dur)).reduce((s, e) => s + e.dur / 1000, 0)
    // Thread time: what the main thread ran, without the time the machine gave other processes.
    return { start: (t.ts - nav.ts) / 1000, dur: t.dur / 1000, cpu: (t.tdur ?? Number.NaN) / 1000, parts, gc }
  })
  const long = rows.filter((r) => r.dur > 50)
  return {
    rows,
    busy: rows.reduce((s, r) => s + r.dur, 0),
    cpu: rows.reduce((s, r) => s + r.cpu, 0),
    longestCpu: Math.max(0, ...rows.map((r) => r.cpu)),
    longest: Math.max(0, ...rows.map((r) => r.dur)),
    blocking: long.reduce((s, r) => s + r.dur - 50, 0),
    count: rows.length,
    long,
  }
}

/** Self time per function of a CDP CPU profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)
    const f = n.callFrame
    const key = f.functionName ? `${f.functionName} (${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1})` : `(${f.url ? 'anonymous' : n.callFrame.functionName || 'native'}) ${f.url.replace(/^.*\//, '')}`.trim()
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return self
}

const traces = []
await load(browser, server.origin, '/atlas.html') // warm-up, untimed
for (let i = 0; i < RUNS; i++) {
  const r = await load(browser, server.origin, '/atlas.html', {
    before: async (page) => browser.startTracing(page, { categories: CATEGORIES }),
    after: async () => ({ trace: (await browser.stopTracing()).toString('utf8') }),
  })
  traces.push({ painted: r.painted, ...analyse(r.trace, r.painted) })
  process.stderr.write(`trace ${i + 1}/${RUNS}: painted ${ms(r.painted)}, busy ${ms(traces.at(-1).busy)}, longest task ${ms(traces.at(-1).longest)}\n`)
}

const profiles = []
for (let i = 0; i < PROFILE_RUNS; i++) {
  // Same-site blank page first, so that the profiler runs in the renderer that loads the map.
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${server.origin}/blank.html`)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await page.goto(`${server.origin}/atlas-dev.html`)
  await page.waitForFunction(() => window.result !== undefined, null, { timeout: 120_000, polling: 50 })
  const { profile } = await cdp.send('Profiler.stop')
  profiles.push(selfTimes(profile))
  await context.close()
}
const version = machine(browser)
await browser.close()
await server.close()

const fmt = (n) => `${Math.round(n)}`
const summary = [
  '| run | painted (nav → painted) | main-thread busy | main-thread CPU | tasks | longest task | most CPU in one task | total blocking time | tasks > 50 ms |',
  '|---|---|---|---|---|---|---|---|---|',
  ...traces.map((t, i) => `| ${i + 1} | ${ms(t.painted)} | ${ms(t.busy)} | ${ms(t.cpu)} | ${t.count} | ${ms(t.longest)} | ${ms(t.longestCpu)} | ${ms(t.blocking)} | ${t.long.length} |`),
  `| median | ${ms(median(traces.map((t) => t.painted)))} | ${ms(median(traces.map((t) => t.busy)))} | ${ms(median(traces.map((t) => t.cpu)))} | ${median(traces.map((t) => t.count))} | ${ms(median(traces.map((t) => t.longest)))} | ${ms(median(traces.map((t) => t.longestCpu)))} | ${ms(median(traces.map((t) => t.blocking)))} | ${median(traces.map((t) => t.long.length))} |`,
].join('\n')
// The tasks over 10 ms of the median run (by painted time), with what ran inside.
const mid = [...traces].sort((a, b) => a.painted - b.painted)[Math.floor((traces.length - 1) / 2)]
const taskRows = [
  '| starts at | duration | CPU | inside (ms, outermost events) | of which gc |',
  '|---|---|---|---|---|',
  ...mid.rows.filter((r) => r.dur >= 10 || r.cpu >= 5).map((r) => `| ${fmt(r.start)} ms | **${fmt(r.dur)} ms** | ${fmt(r.cpu)} ms | ${[...r.parts].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${fmt(v)}`).join('; ')} | ${fmt(r.gc)} |`),
].join('\n')
const totals = new Map()
for (const p of profiles) for (const [k, v] of p) totals.set(k, (totals.get(k) ?? 0) + v / profiles.length)
const profileRows = [
  '| function (unminified build) | self ms (mean of runs) |',
  '|---|---|',
  ...[...totals].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `| \`${k.replace(/\|/g, '/')}\` | ${v.toFixed(1)} |`),
].join('\n')
console.log(`Trace of \`<atlas-map>\` (101 départements, ${relative(root, dist) || dist}): \`node scripts/bench-trace.mjs --runs ${RUNS}${option('dist') ? ` --dist ${option('dist')}` : ''}\`; ${version}.

${summary}

Tasks of ≥ 10 ms (or ≥ 5 ms of CPU) in the median run (${ms(mid.painted)}):

${taskRows}

CPU profile (CDP sampling profiler, 100 µs, ${PROFILE_RUNS} loads of the unminified bundle, from a same-site blank page to painted), top ${TOP} by self time:

${profileRows}
`)

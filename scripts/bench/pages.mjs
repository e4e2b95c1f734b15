// HTML of the benchmark pages. Every page reports `window.result` when done; times are performance.now()
// (milliseconds since navigation start) unless stated.

const painted = `const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))`

// `script`: the page bundle, `assets` its geometry and registry (scripts/bench-map.mjs --baseline serves a
// second pair, of an earlier build).

/** ChoroplethMap of the 101 départements, from navigation start: the script-start-to-painted comparison with DSFR. */
export const atlasDeps = (values, script = '/atlas.js', assets = '/dist/') => `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="${script}"></script><script>
${painted}
const { h, render, ChoroplethMap, setAssetBase, fromRecords } = atlasBench
setAssetBase(location.origin + '${assets}')
const rows = Object.entries(${JSON.stringify(values)}).map(([code, value]) => ({ code, value }))
fromRecords(rows, { level: 'departement', code: 'code', value: 'value', indicator: { label: 'Part des actifs dans les secteurs culturels', unit: '%' } }).load().then((table) => {
  const ready = performance.now()
  render(h(ChoroplethMap, { table, onReady: () => painted().then((t) => (window.result = { painted: t, fromData: t - ready })) }), document.getElementById('map'))
})
</script>`

/** All the communes of France (canvas): data loaded first, then timed from render to painted; then hover latency. */
export const atlasCommunes = (hovers, script = '/atlas.js', assets = '/dist/') => `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="${script}"></script><script>
${painted}
const { h, render, ChoroplethMap, setAssetBase, fromCSV } = atlasBench
setAssetBase(location.origin + '${assets}')
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
async function hoverLatency(n) {
  const base = document.querySelector('canvas')
  const overlay = document.querySelectorAll('canvas')[1]
  const rect = base.getBoundingClientRect()
  // Deterministic pseudo-random points (no Math.random: runs are comparable).
  let seed = 12345
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const move = (x, y) => base.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: rect.left + x * rect.width, clientY: rect.top + y * rect.height }))
  let t = performance.now()
  move(0.6, 0.4)
  await frame()
  const first = performance.now() - t
  const latencies = []
  const work = []
  while (latencies.length < n) {
    const before = overlay.dataset.hovered
    const t0 = performance.now()
    move(next(), next())
    await Promise.resolve()
    await new Promise((r) => setTimeout(r, 0))
    const t1 = performance.now()
    if (overlay.dataset.hovered === before) { await frame(); continue }
    // The frame that shows it: the next one, whose rAF runs after the overlay is drawn.
    const shown = await frame()
    work.push(t1 - t0)
    latencies.push(shown - t0)
    await frame()
  }
  // The same loop without a move: each sample starts just after an animation frame, as above, so the
  // latency above cannot be less than this interval of the frame clock (headless Chromium's 60 Hz).
  const idle = []
  while (idle.length < n) {
    const t0 = performance.now()
    await Promise.resolve()
    await new Promise((r) => setTimeout(r, 0))
    idle.push((await frame()) - t0)
    await frame()
  }
  // Moves at any point of a frame, as a pointer comes (after a frame, a pseudo-random wait of 0–16 ms):
  // the first animation frame after the move reads whether the overlay already shows the new territory.
  // The browser renders a frame after its animation-frame callbacks, so a yes is an outline painted in
  // the next frame; a no, a frame missed (the drawing deferred past it).
  let nextFrame = 0
  let missed = 0
  while (nextFrame + missed < n) {
    await frame()
    await new Promise((r) => setTimeout(r, next() * 16))
    const before = overlay.dataset.hovered
    const seen = new Promise((r) => requestAnimationFrame(() => r(overlay.dataset.hovered)))
    move(next(), next())
    const inNext = (await seen) !== before
    await frame()
    if (overlay.dataset.hovered === before) continue
    if (inNext) nextFrame++
    else missed++
  }
  return { first, latencies, work, idle, nextFrame, missed }
}
// responseEnd of the last geometry file fetched (whatever its name and format).
const geoEnd = () => Math.max(...performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.includes('/geo/')).map((e) => e.responseEnd))
fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load().then((table) => {
  const ready = performance.now()
  let step = 0
  let drawn
  const container = document.getElementById('map')
  const onReady = () => painted().then(async (t) => {
    step++
    if (step === 1) {
      drawn = t - ready
      window.fromGeometry = t - geoEnd()
      // Same geometry, new classes: compute and canvas draw only.
      const again = performance.now()
      window.restyleStart = again
      render(h(ChoroplethMap, { table, classes: 7, onReady }), container)
      return
    }
    const restyle = t - window.restyleStart
    const hover = await hoverLatency(${hovers})
    window.result = { fromData: drawn, fromGeometry: window.fromGeometry, restyle, canvas: document.querySelectorAll('canvas').length, ...hover }
  })
  render(h(ChoroplethMap, { table, onReady }), container)
})
</script>`

/**
 * The communes of one département (issue #10: under 100 ms once its geometry is in), data loaded first:
 * as the page's first map (`first`, code not yet run), then after the communes of `before` (the
 * reader's next département: the map's code has run once).
 */
export const atlasCommunesOf = (dep, before, script = '/atlas.js', assets = '/dist/') => `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="${script}"></script><script>
${painted}
const { h, render, ChoroplethMap, setAssetBase, fromCSV } = atlasBench
setAssetBase(location.origin + '${assets}')
// The département's commune file: pre-projected in binary (.xy.bin) since 2026-12-03, before in JSON (.xy.json), .topo.json before that.
const geoEnd = (dep) => performance.getEntriesByType('resource').find((e) => new RegExp('/communes/' + dep + '\\\\.(xy\\\\.bin|xy\\\\.json|topo\\\\.json)$').test(new URL(e.name).pathname)).responseEnd
fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load().then((table) => {
  const ready = performance.now()
  const container = document.getElementById('map')
  const second = () => painted().then((t) => (window.result = { ...window.first, fromGeometry: t - geoEnd('${dep}') }))
  const first = () => painted().then((t) => {
    window.first = { fromData: t - ready, firstFromGeometry: t - geoEnd('${before}') }
    render(h(ChoroplethMap, { table, within: 'departement:${dep}', onReady: second }), container)
  })
  render(h(ChoroplethMap, { table, within: 'departement:${before}', onReady: first }), container)
})
</script>`

/**
 * The floor for the communes: a bare d3-geo canvas drawing of the same shipped geometry, from its
 * responseEnd to painted. TopoJSON decoded by topojson-client's \`feature\`, geoFrance fitted on the
 * départements of france.topo.json, fetched before (fitting on 35,000 communes would only make the floor slower), each
 * commune drawn by its zone's sub-projection (\`projectionFor\`, no multiplexing), filled in one of five
 * colours by population quintile (the same data); no borders, no legend, no picking.
 */
export const d3Communes = (script = '/atlas.js', geometry = '/dist/geo/communes.topo.json') => `<!doctype html><meta charset="utf-8"><body>
<canvas id="map" width="704" height="587" style="width:704px"></canvas>
<script src="${script}"></script><script>
${painted}
const { feature, geoPath, geoFrance, fromCSV, setAssetBase } = atlasBench
setAssetBase(location.origin + '/dist/')
const COLORS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15']
fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load().then(async (table) => {
  const deps = await (await fetch('/dist/geo/france.topo.json')).json()
  const topo = await (await fetch('${geometry}')).json()
  const start = performance.getEntriesByType('resource').find((e) => e.name.endsWith('${geometry}')).responseEnd
  const communes = feature(topo, topo.objects.communes).features
  const values = communes.map((f) => table.get(String(f.id))?.value).filter((v) => typeof v === 'number').sort((a, b) => a - b)
  const cuts = [0.2, 0.4, 0.6, 0.8].map((q) => values[Math.floor(q * (values.length - 1))])
  const canvas = document.getElementById('map')
  const ctx = canvas.getContext('2d')
  const france = geoFrance().fitSize([canvas.width, canvas.height], feature(deps, deps.objects.departements))
  const paths = new Map()
  const pathFor = (f) => {
    const g = f.geometry
    const p = g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[0][0][0]
    const sub = france.projectionFor(p)
    let path = paths.get(sub)
    if (!path) paths.set(sub, (path = geoPath(sub, ctx)))
    return path
  }
  for (const f of communes) {
    const v = table.get(String(f.id))?.value
    ctx.fillStyle = typeof v === 'number' ? COLORS[cuts.filter((c) => v > c).length] : '#ccc'
    ctx.beginPath()
    pathFor(f)(f)
    ctx.fill()
  }
  const t = await painted()
  window.result = { fromGeometry: t - start, features: communes.length }
})
</script>`

// Pages of scripts/bench-dsfr.mjs and scripts/bench-trace.mjs: the same 101 département values drawn by
// atlas-culture's <atlas-map> (script tag) and by DSFR Chart's <map-chart>. `jsEnd` is the responseEnd of the
// page's JS file (so `painted - jsEnd` leaves out fetching the script).

// Long tasks (the Long Tasks API: main-thread tasks over 50 ms) from navigation start: the longest, and the
// total blocking time (sum of each one's part beyond 50 ms) up to the painted time.
const common = (jsPath) => `
const longTasks = []
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })
const blocking = (until) => {
  const before = longTasks.filter(([start]) => start < until)
  return { longest: Math.max(0, ...before.map(([, d]) => d)), tbt: before.reduce((s, [, d]) => s + d - 50, 0), longTasks: before.length }
}
const entry = (path) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path)
const ended = (path) => entry(path)?.responseEnd ?? null
const started = (path) => entry(path)?.startTime ?? null
const jsEnd = () => ended('${jsPath}')
const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))`

/** atlas-culture's custom element, from dist/atlas-culture.min.js; it fetches the CSV and dist/geo/france.xy.bin (france.xy.json, france.topo.json in earlier builds: pass `geo`). */
export const atlasPage = ({ csv, label, year, script = '/dist/atlas-culture.min.js', geo = script.replace(/[^/]*$/, 'geo/france.xy.bin') }) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>atlas-map</title>
<body style="margin:8px"><div style="width:900px">
<atlas-map src="${csv}" level="departement" code="code" value="value" label="${label}" unit="%" source="Insee ; Deps" year="${year}"></atlas-map>
</div>
<script>${common(script)}
// atlas-ready: the element has drawn its map (bubbling, composed), then two frames.
document.addEventListener('atlas-ready', () => { const ready = performance.now(); twoFrames().then((t) => {
  const root = document.querySelector('atlas-map').shadowRoot
  // requests: [path, start, first byte, end] of each file (the waterfall of bench-dsfr --floor).
  const requests = performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime, e.responseStart, e.responseEnd])
  window.result = { painted: t, ready, requests, ...blocking(t), jsEnd: jsEnd(), geoStart: started('${geo}'), geoEnd: ended('${geo}'), paths: root ? root.querySelectorAll('path[fill], path[style*="fill"]').length : 0, allPaths: root ? root.querySelectorAll('path').length : 0 }
}) }, { once: true })
document.addEventListener('atlas-error', (e) => (window.result = { error: 'atlas-error: ' + (e.target.shadowRoot?.textContent ?? '').slice(0, 300) }), { once: true })
</script>
<script src="${script}"></script>`

/**
 * DSFR Chart 2.0.4's <map-chart> (MapChart.js, Vue 3 inside, geometry inside). It renders into an open
 * shadow root: MapChart.js calls customElements.define('map-chart', C, { shadowRoot: false }), but that
 * third argument is the DOM's ElementDefinitionOptions, not Vue's defineCustomElement option, so Vue keeps
 * its default and attaches a shadow root. A document-level `svg path` query therefore finds nothing, and
 * MapChart.css (a document stylesheet) does not reach the map. The map is painted once createChart() has
 * set the `fill` attribute of the data's paths: ≥ 100 filled paths in the shadow root, then two frames.
 */
export const dsfrPage = ({ values, national, label, year, css = true }) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>map-chart</title>
${css ? '<link rel="stylesheet" href="/dsfr/MapChart.css">' : ''}
<body style="margin:8px"><div style="width:900px">
<map-chart data='${JSON.stringify(values)}' value="${national}" date="${year}" name="${label}"></map-chart>
</div>
<script>${common('/dsfr/MapChart.js')}
const filled = (root) => root.querySelectorAll('path[fill]').length
let done = false
const finish = (root) => {
  if (done || filled(root) < 100) return
  done = true
  twoFrames().then((t) => (window.result = { painted: t, ...blocking(t), jsEnd: jsEnd(), paths: filled(root), allPaths: root.querySelectorAll('path').length }))
}
// The shadow root appears when the module upgrades the element; then watch it for the fills.
const watch = () => {
  const root = document.querySelector('map-chart').shadowRoot
  if (!root) return requestAnimationFrame(watch)
  new MutationObserver(() => finish(root)).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['fill'] })
  finish(root)
}
watch()
</script>
<script type="module" src="/dsfr/MapChart.js"></script>`

// Floors of bench-dsfr.mjs --floor: what a page costs before any of atlas-map's own work, in the same run.

/**
 * The painted map without any code: the shadow root of a drawn `<atlas-map>` (`markup`, its adopted
 * stylesheets as `css`) as a declarative shadow root of the same page. The time to a painted page is
 * navigation, the HTML (with the path data) and the first frame: what no code of the map can go under.
 */
export const staticPage = ({ markup, css }) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>atlas-map (static)</title>
<body style="margin:8px"><div style="width:900px">
<atlas-map><template shadowrootmode="open"><style>${css}</style>${markup}</template></atlas-map>
</div>
<script>${common('/none.js')}
twoFrames().then((t) => {
  const root = document.querySelector('atlas-map').shadowRoot
  window.result = { painted: t, ...blocking(t), jsEnd: null, paths: root ? root.querySelectorAll('path[fill], path[style*="fill"]').length : 0, allPaths: root ? root.querySelectorAll('path').length : 0 }
})
</script>`

/**
 * atlas-map's requests without its work: the loader (no element on the page, so it defines nothing), then,
 * as soon as it has run (when the loader asks for them), the CSV, the geometry and the map's chunk
 * (`chunks`: imported, so parsed and evaluated); painted two frames after all are in. Nothing is drawn.
 */
export const fetchedPage = ({ csv, chunks, script = '/dist/atlas-culture.min.js', geo = script.replace(/[^/]*$/, 'geo/france.xy.bin') }) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>atlas-map (fetched only)</title>
<body style="margin:8px"><div style="width:900px"></div>
<script>${common(script)}</script>
<script src="${script}"></script>
<script>
Promise.all([fetch('${csv}').then((r) => r.text()), fetch('${geo}').then((r) => r.arrayBuffer()), ${chunks.map((c) => `import('${c}')`).join(', ')}]).then(twoFrames).then((t) => {
  window.result = { painted: t, ...blocking(t), jsEnd: jsEnd(), geoStart: started('${geo}'), geoEnd: ended('${geo}'), paths: 0, allPaths: 0 }
})
</script>`

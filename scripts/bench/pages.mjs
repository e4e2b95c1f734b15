// HTML of the benchmark pages. Every page reports `window.result` when done; times are performance.now()
// (milliseconds since navigation start) unless stated.

const painted = `const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))`

// `script`: the page bundle (scripts/bench-map.mjs --baseline serves a second one, of an earlier build).

/** ChoroplethMap of the 101 départements, from navigation start: the script-start-to-painted comparison with DSFR. */
export const atlasDeps = (values, script = '/atlas.js') => `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="${script}"></script><script>
${painted}
const { h, render, ChoroplethMap, setAssetBase, fromRecords } = atlasBench
setAssetBase(location.origin + '/dist/')
const rows = Object.entries(${JSON.stringify(values)}).map(([code, value]) => ({ code, value }))
fromRecords(rows, { level: 'departement', code: 'code', value: 'value', indicator: { label: 'Part des actifs dans les secteurs culturels', unit: '%' } }).load().then((table) => {
  const ready = performance.now()
  render(h(ChoroplethMap, { table, onReady: () => painted().then((t) => (window.result = { painted: t, fromData: t - ready })) }), document.getElementById('map'))
})
</script>`

/** DSFR Chart's map-chart with the same values. */
export const dsfrDeps = (values) => `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/dsfr/MapChart.css"><body>
<map-chart id="map" data='${JSON.stringify(values)}' value="0" date="2019" name="Part des actifs dans les secteurs culturels"></map-chart>
<script type="module" src="/dsfr/MapChart.js"></script><script>
${painted}
// Painted: the map's SVG holds a path per département (mainland and DROM), then two frames.
const count = () => document.querySelectorAll('svg path').length
const wait = () => (count() >= 101 ? painted().then((t) => (window.result = { painted: t, paths: count() })) : requestAnimationFrame(wait))
requestAnimationFrame(wait)
</script>`

/** All the communes of France (canvas): data loaded first, then timed from render to painted; then hover latency. */
export const atlasCommunes = (hovers, script = '/atlas.js') => `<!doctype html><meta charset="utf-8"><body><div id="map" style="width:704px"></div>
<script src="${script}"></script><script>
${painted}
const { h, render, ChoroplethMap, setAssetBase, fromCSV } = atlasBench
setAssetBase(location.origin + '/dist/')
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
  return { first, latencies, work }
}
fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load().then((table) => {
  const ready = performance.now()
  let step = 0
  let drawn
  const container = document.getElementById('map')
  const onReady = () => painted().then(async (t) => {
    step++
    if (step === 1) {
      drawn = t - ready
      // Same geometry, new classes: compute and canvas draw only.
      const again = performance.now()
      window.restyleStart = again
      render(h(ChoroplethMap, { table, classes: 7, onReady }), container)
      return
    }
    const restyle = t - window.restyleStart
    const hover = await hoverLatency(${hovers})
    window.result = { fromData: drawn, restyle, canvas: document.querySelectorAll('canvas').length, ...hover }
  })
  render(h(ChoroplethMap, { table, onReady }), container)
})
</script>`

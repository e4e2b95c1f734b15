// Pages of scripts/bench-dsfr.mjs: the same 101 département values drawn by atlas-culture's <atlas-map>
// (script tag) and by DSFR Chart's <map-chart>. Each page sets `window.result` once its map is painted:
// `painted` is performance.now() (ms since navigation start) two animation frames after the map is drawn,
// `jsEnd` the responseEnd of the page's JS file (so `painted - jsEnd` leaves out fetching the script).

const common = (jsPath) => `
const ended = (path) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === path)?.responseEnd ?? null
const jsEnd = () => ended('${jsPath}')
const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))`

/** atlas-culture's custom element, from dist/atlas-culture.min.js; it fetches the CSV and dist/geo/france.topo.json. */
export const atlasPage = ({ csv, label, year }) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>atlas-map</title>
<body style="margin:8px"><div style="width:900px">
<atlas-map src="${csv}" level="departement" code="code" value="value" label="${label}" unit="%" source="Insee ; Deps" year="${year}"></atlas-map>
</div>
<script>${common('/dist/atlas-culture.min.js')}
// atlas-ready: the element has drawn its map (bubbling, composed), then two frames.
document.addEventListener('atlas-ready', () => twoFrames().then((t) => {
  const root = document.querySelector('atlas-map').shadowRoot
  window.result = { painted: t, jsEnd: jsEnd(), geoEnd: ended('/dist/geo/france.topo.json'), paths: root ? root.querySelectorAll('path[fill], path[style*="fill"]').length : 0, allPaths: root ? root.querySelectorAll('path').length : 0 }
}), { once: true })
document.addEventListener('atlas-error', (e) => (window.result = { error: 'atlas-error: ' + (e.target.shadowRoot?.textContent ?? '').slice(0, 300) }), { once: true })
</script>
<script src="/dist/atlas-culture.min.js"></script>`

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
  twoFrames().then((t) => (window.result = { painted: t, jsEnd: jsEnd(), paths: filled(root), allPaths: root.querySelectorAll('path').length }))
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

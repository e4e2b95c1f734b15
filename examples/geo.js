// Draws the shipped département and region geometry with the composite France projection.
// A classic script on the full script-tag bundle (dist/atlas-culture.full.js: global AtlasCulture with
// the whole public API; atlas-culture.min.js exposes only a small scripting API): no module
// resolution, no inline script, so the page works under the site's strict Content-Security-Policy.
;(async () => {
  const { loadGeometry, projectFeatures, setAssetBase } = window.AtlasCulture
  const svg = document.getElementById('map')
  const status = document.getElementById('status')
  const NS = 'http://www.w3.org/2000/svg'
  const WIDTH = 960
  const HEIGHT = 640

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name)
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v))
    parent.appendChild(node)
    return node
  }

  try {
    setAssetBase(new URL('/dist/', location.href))
    const [deps, regions] = await Promise.all([loadGeometry('departement'), loadGeometry('region')])
    const options = { width: WIDTH, height: HEIGHT, insets: 'column', padding: 6 }
    // Same features' extent for both levels (regions are merged from the départements), so one fit.
    const d = projectFeatures(deps, options)
    const r = projectFeatures(regions, options)

    const depLayer = el('g', { class: 'deps' }, svg)
    for (const shape of d.shapes) {
      const path = el('path', { class: 'dep', d: shape.d, 'data-code': shape.code }, depLayer)
      el('title', {}, path).textContent = `${shape.name} (${shape.code})`
    }
    const regionLayer = el('g', { class: 'regions', 'aria-hidden': 'true' }, svg)
    for (const shape of r.shapes) el('path', { class: 'region', d: shape.d, 'data-region': shape.code }, regionLayer)
    const frames = el('g', { class: 'insets', 'aria-hidden': 'true' }, svg)
    for (const f of d.frames) {
      el('rect', { class: 'inset', x: f.x, y: f.y, width: f.width, height: f.height, 'data-code': f.code }, frames)
      el('text', { class: 'inset-label', x: f.x + 4, y: f.y + 13 }, frames).textContent = f.name
    }
    status.textContent = `${d.shapes.length} départements, ${r.shapes.length} régions.`
    document.body.dataset.ready = 'true'
  } catch (error) {
    status.textContent = `Erreur : ${error.message}`
    document.body.dataset.ready = 'error'
    throw error
  }
})()

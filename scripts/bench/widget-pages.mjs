// Pages of scripts/bench-widgets.mjs. Each reports `window.result` when done; times are performance.now().
// The page bundle is scripts/bench/widgets-entry.js, the assets (geometry, registry) under /dist/.

const head = (script) => `<!doctype html><html lang="fr"><meta charset="utf-8"><body style="margin:8px">
<script src="${script}"></script><script>
const { h, render, ChoroplethMap, ComparisonTable, RankingChart, loadTerritories, setAssetBase, territories, fromCSV, fromRecords } = atlasBench
setAssetBase(location.origin + '/dist/')
const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))
const population = () => fromCSV({ url: location.origin + '/data/population.csv', allowHttp: true, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum', indicator: { label: 'Population', unit: 'hab.' } }).load()
const fail = (e) => (window.result = { error: String(e && e.stack || e) })
</script>`

/**
 * One widget rendered once its data is loaded (and, for communes, the commune registry): from `render()` to
 * its `onReady` followed by two frames. `map`: ChoroplethMap of the 101 départements (it fetches
 * france.topo.json itself), then re-rendered with 7 classes (geometry kept); `ranking-deps`: RankingChart
 * of the same 101 values, every bar (`limit="all"`); `ranking-communes`: RankingChart of the population of
 * every commune, its default top 10 and bottom 5 of ~35,000.
 */
export const widgetRender = (kind, values, script = '/widgets.js') => `${head(script)}
<div id="w" style="width:704px"></div><script>
const container = document.getElementById('w')
const timed = (make) => new Promise((resolve) => {
  const start = performance.now()
  render(make(() => painted().then((t) => resolve(t - start))), container)
})
const deps = () => fromRecords(Object.entries(${JSON.stringify(values)}).map(([code, value]) => ({ code, value })), { level: 'departement', code: 'code', value: 'value', indicator: { label: 'Part des actifs dans les secteurs culturels', unit: '%' } }).load()
const once = (f) => { let done = false; return () => { if (!done) { done = true; f() } } }
;(async () => {
  if (${JSON.stringify(kind)} === 'map') {
    const table = await deps()
    const first = await timed((ready) => h(ChoroplethMap, { table, onReady: once(ready) }))
    const again = await timed((ready) => h(ChoroplethMap, { table, classes: 7, onReady: once(ready) }))
    window.result = { render: first, rerender: again, shapes: container.querySelectorAll('path[data-code]').length }
  } else if (${JSON.stringify(kind)} === 'ranking-deps') {
    const table = await deps()
    const t = await timed((ready) => h(RankingChart, { table, limit: 'all', onReady: once(ready) }))
    window.result = { render: t, bars: container.querySelectorAll('.atlas-ranking__bar-button').length }
  } else {
    const [table] = await Promise.all([population(), loadTerritories('commune')])
    const t = await timed((ready) => h(RankingChart, { table, onReady: once(ready) }))
    window.result = { render: t, bars: container.querySelectorAll('.atlas-ranking__bar-button').length, rows: table.size }
  }
})().catch(fail)
</script>`

/**
 * ComparisonTable of the population of every commune (~35,000 rows, virtualised). Each of \`clicks\` clicks on
 * the population column's sort button (descending, then ascending, alternately) is timed from the click
 * to two frames after the header's \`aria-sort\` changed (the sorted rows committed, then painted); after
 * each, \`Array.prototype.sort\` of the same numbers (a copy of the column in the order shown before the
 * click, numeric comparator, same direction; in the registry's order, the order the table sorts from) is timed in the same page, before or after the click by
 * \`arrayFirst\`, so that neither always runs on a warmer engine.
 */
export const tableSort = (clicks, arrayFirst, script = '/widgets.js') => `${head(script)}
<div id="w" style="width:1000px"></div><script>
const container = document.getElementById('w')
;(async () => {
  const [table] = await Promise.all([population(), loadTerritories('commune')])
  await new Promise((ready) => render(h(ComparisonTable, { tables: [table], onReady: ready }), container))
  await painted()
  const th = container.querySelectorAll('thead th')[1]
  const button = th.querySelector('button')
  const shownValues = () => territories('commune').map((t) => table.get(t.code)).filter((c) => c.status === 'ok').map((c) => c.value)
  const numbers = shownValues()
  const arraySort = (direction) => {
    const copy = numbers.slice()
    const t0 = performance.now()
    copy.sort(direction === 'descending' ? (a, b) => b - a : (a, b) => a - b)
    return performance.now() - t0
  }
  const results = []
  for (let i = 0; i < ${clicks}; i++) {
    const before = th.getAttribute('aria-sort')
    const direction = before === 'descending' ? 'ascending' : 'descending'
    const array = ${arrayFirst} ? arraySort(direction) : undefined
    const changed = new Promise((r) => {
      const mo = new MutationObserver(() => th.getAttribute('aria-sort') !== before && (mo.disconnect(), r()))
      mo.observe(th, { attributes: true })
    })
    const t0 = performance.now()
    button.click()
    await changed
    const t1 = await painted()
    const first = container.querySelector('tbody.atlas-table__rows tr[data-index="0"] td')?.textContent
    results.push({ direction, click: t1 - t0, array: array ?? arraySort(direction), first })
  }
  window.result = { results, rows: territories('commune').length, values: numbers.length, max: Math.max(...numbers), min: Math.min(...numbers), domRows: container.querySelectorAll('tbody.atlas-table__rows tr[data-index]').length }
})().catch(fail)
</script>`

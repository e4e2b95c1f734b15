import { render } from 'preact'
import { ChoroplethMap } from 'atlas-culture'
import { fromCSV } from 'atlas-culture/data-adapters'

// The data are the application's own files (here /data/, served beside the app).
const actifs = await fromCSV({
  url: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv',
  level: 'departement', code: 'Code Insee',
  value: "Nombre d'actifs dans les secteurs culturels", per: "Nombre total d'actifs", scale: 100,
  indicator: { label: 'Part des actifs dans les secteurs culturels', unit: '%', source: 'Insee ; Deps', year: '2018' },
}).load()
const population = await fromCSV({
  url: '/data/deps/population/population.csv', level: 'commune', code: 'Code Insee', value: 'Population totale',
  indicator: { label: 'Population', unit: 'hab.', source: 'Insee', year: '2018' },
}).load()

// `data-ready` once drawn: what a test (or the page) can wait for.
for (const [id, map] of [
  ['departements', <ChoroplethMap table={actifs} method="jenks" onReady={() => ready('departements')} />],
  ['communes', <ChoroplethMap table={population} within="departement:29" onReady={() => ready('communes')} />],
] as const) render(map, document.getElementById(id)!)

function ready(id: string) {
  document.getElementById(id)!.dataset.ready = ''
}

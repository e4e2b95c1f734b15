// In Chromium, on the test server's http://localhost page: a URL relative to the document is read
// (the page's own origin), as `<atlas-map src="/data/…">` reads it.
import { expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/from-csv.js'

it('reads a CSV from a URL relative to the page', async () => {
  const table = await fromCSV({
    url: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv',
    level: 'departement',
    code: 'Code Insee',
    value: "Nombre d'actifs dans les secteurs culturels",
  }).load()
  expect(location.protocol).toBe('http:')
  expect(table.get('01')?.value).toBe(2624)
  expect(table.report.matched).toBe(101)
})

import { IndicatorTable } from '../../../src/core/indicator-table.js'
import { territories } from '../../../src/core/registry/store.js'
import { emptyReport, type Cell } from '../../../src/core/types.js'

/** A region-level table derived from the département one (mean of its départements): enough to drive a drill-down. */
export function regionShare(deps: IndicatorTable): IndicatorTable {
  const cells = new Map<string, Cell>()
  for (const r of territories('region')) {
    const values = territories('departement').filter((d) => d.region === r.code).map((d) => deps.get(d.code).value!)
    const value = values.reduce((a, b) => a + b, 0) / values.length
    cells.set(r.code, { value, status: 'ok', raw: value })
  }
  return new IndicatorTable({ level: 'region', indicator: deps.indicator, cells, report: emptyReport('regions') })
}

import { IndicatorTable, indicatorMeta } from '../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../src/core/types.js'

/** An `ok` cell holding `value`. */
export const ok = (value: number): Cell => ({ value, status: 'ok', raw: String(value) })

/** A département table made of the given cells, for unit tests of what reads tables. */
export function table(cells: [string, Cell][]): IndicatorTable {
  return new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ label: 'Test' }), cells: new Map(cells), report: emptyReport('test') })
}

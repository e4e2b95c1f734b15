import { IndicatorTable, indicatorMeta } from '../../../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../../../src/core/types.js'

/** A commune table with a distinct value per code (its rank in the list), for maps where only the drawing matters. */
export async function communeTable(codes: readonly string[]): Promise<IndicatorTable> {
  const cells = new Map<string, Cell>(codes.map((code, i) => [code, { value: i + 1, status: 'ok', raw: i + 1 }]))
  return new IndicatorTable({ level: 'commune', indicator: indicatorMeta({ id: 'rang', label: 'Rang' }), cells, report: emptyReport('communes') })
}

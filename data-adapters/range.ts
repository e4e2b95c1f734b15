import { IndicatorTable } from '../src/core/indicator-table.js'
import type { Cell } from '../src/core/types.js'
import { invalid, numberList } from '../src/core/options.js'

/**
 * `table` with every value outside `[lowest, highest]` flagged `invalid`: the values an indicator can
 * take, after `per` and `scale` (`[0, 100]` for a share in percent). A file that counts more cultural
 * enterprises than enterprises gives a share of 4 100 %: a fault of the file, never a figure to rank
 * first. Flagged cells keep their `raw` text, take no part in pooled values (`parts`), are counted in
 * `report.missing.invalid`, and `report.warnings` names the first five codes. The table given is left
 * as it was. A function applied after `load()` rather than a join option: the script tag's pages,
 * which do not offer it yet, do not carry its code.
 */
export function withRange(table: IndicatorTable, range: readonly [number, number]): IndicatorTable {
  const list = numberList('range', range) ?? []
  if (list.length !== 2) invalid('range', range, 'expected two numbers, lowest then highest')
  const [lo, hi] = list as [number, number]
  const outside: string[] = []
  const cells = new Map<string, Cell>()
  for (const [code, cell] of table.entries()) {
    if (cell.status === 'ok' && !(cell.value! >= lo && cell.value! <= hi)) {
      outside.push(code)
      cells.set(code, { ...cell, value: null, status: 'invalid' })
    } else cells.set(code, cell)
  }
  if (outside.length === 0) return table
  const report = { ...table.report, missing: { ...table.report.missing, invalid: table.report.missing.invalid + outside.length }, warnings: [...table.report.warnings] }
  report.warnings.push(`${outside.length} values outside ${lo} to ${hi} flagged invalid: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ', …' : ''}`)
  const parts = table.parts
  const out = new Set(outside)
  return new IndicatorTable({
    level: table.level,
    indicator: table.indicator,
    cells,
    report,
    national: table.national,
    ...(parts ? { parts: { scale: parts.scale, get: (code) => (out.has(code) ? undefined : parts.get(code)) } } : {}),
  })
}

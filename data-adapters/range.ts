import { IndicatorTable } from '../src/core/indicator-table.js'
import type { Cell, NationalKind } from '../src/core/types.js'
import { invalid, numberPair } from '../src/core/options.js'

/**
 * `table` with every value outside `[lowest, highest]` flagged `invalid`: the values an indicator can
 * take, after `per` and `scale` (`[0, 100]` for a share in percent). A file that counts more cultural
 * enterprises than enterprises gives a share of 4 100 %: a fault of the file, never a figure to rank
 * first. Flagged cells keep their `raw` text, take no part in pooled values (`parts`), are counted in
 * `report.missing.invalid`, and `report.warnings` names the first five codes. The source's own national
 * rows (`national`) outside are flagged too (named in a warning, not counted). The table given is left
 * as it was. A function applied after `load()` rather than a join option: the script tag's pages,
 * which do not offer it yet, do not carry its code.
 */
export function withRange(table: IndicatorTable, range: readonly [number, number]): IndicatorTable {
  const [lo, hi] = numberPair('range', range) ?? invalid('range', range, 'expected two numbers, lowest then highest')
  // A category (`value: null`) has no number to compare: `null >= lo` would read it as 0.
  const flag = (cell: Cell): Cell => (cell.status === 'ok' && cell.value !== null && !(cell.value >= lo && cell.value <= hi) ? { ...cell, value: null, status: 'invalid' } : cell)
  // The territories' cells and the source's own national rows (a France row of 4 100 % would be the
  // ranking's « France entière »), each flagged code or kind kept for the warnings.
  const flagAll = (entries: Iterable<[string, Cell]>, out: string[]) =>
    [...entries].map(([code, cell]): [string, Cell] => {
      const flagged = flag(cell)
      if (flagged !== cell) out.push(code)
      return [code, flagged]
    })
  const outside: string[] = []
  const nationalOut: string[] = []
  const cells = new Map(flagAll(table.entries(), outside))
  const national: Partial<Record<NationalKind, Cell>> = Object.fromEntries(flagAll(Object.entries(table.national), nationalOut))
  if (outside.length === 0 && nationalOut.length === 0) return table
  const report = { ...table.report, missing: { ...table.report.missing, invalid: table.report.missing.invalid + outside.length }, warnings: [...table.report.warnings] }
  if (outside.length) report.warnings.push(`${outside.length} values outside ${lo} to ${hi} flagged invalid: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ', …' : ''}`)
  if (nationalOut.length) report.warnings.push(`national rows outside ${lo} to ${hi} flagged invalid: ${nationalOut.join(', ')}`)
  const parts = table.parts
  const out = new Set(outside)
  return new IndicatorTable({
    level: table.level,
    indicator: table.indicator,
    cells,
    report,
    national,
    ...(parts ? { parts: { scale: parts.scale, get: (code) => (out.has(code) ? undefined : parts.get(code)) } } : {}),
  })
}

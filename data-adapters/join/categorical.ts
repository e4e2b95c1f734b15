import type { Cell, JoinReport, MissingStatus } from '../../src/core/types.js'
import type { Aggregate } from '../options.js'
import { declared, type Markers } from './cells.js'
import { duplicateCode } from './duplicate-code.js'
import type { RowGroups } from './groups.js'
import { missingMarker } from './missing.js'

export interface CategoricalInput {
  source: string
  groups: RowGroups
  values: readonly unknown[]
  /** Categories given by the caller: any other value is `invalid`. */
  given: readonly string[] | undefined
  aggregate: Aggregate | undefined
  codeColumn: string
  rowNumber: (i: number) => number
  report: JoinReport
  /** Declared missing markers of the source. */
  markers: Markers | undefined
}

/**
 * Builds categorical cells (`category` set, `value: null`) and the categories in order of appearance
 * (or as given). Communes merged since the source's vintage keep a category only if all agree (or
 * through `aggregate: 'first' | 'last'`); otherwise the merged commune's category is not available.
 */
export function categoricalCells(input: CategoricalInput): { cells: Map<string, Cell>; categories: string[] } {
  const { source, groups, values, given, aggregate, rowNumber, report } = input
  const cells = new Map<string, Cell>()
  const seen = new Set<string>(given)
  const categories = given ? [...given] : []
  let conflicts = 0
  const pick = (rows: readonly number[]): number => (aggregate === 'last' ? rows[rows.length - 1]! : rows[0]!)
  for (const slot of groups.order.subarray(0, groups.size)) {
    const code = groups.codeOf(slot)
    const bySource = groups.more.has(slot) ? groups.bySourceCode(slot) : new Map([[groups.sourceCodeOf(slot), [groups.first[slot]!]]])
    if (bySource.size > 1) report.merged[code] = [...bySource.keys()]
    const chosen: number[] = []
    for (const [sourceCode, rows] of bySource) {
      if (rows.length > 1) {
        report.duplicates.push(sourceCode)
        if (!aggregate) throw duplicateCode(source, sourceCode, rows, rowNumber, input.codeColumn)
      }
      chosen.push(pick(rows))
    }
    const parsed = chosen.map((i) => toCategory(values[i], input.markers))
    let result = aggregate ? parsed[aggregate === 'last' ? parsed.length - 1 : 0]! : parsed[0]!
    if (!aggregate && parsed.some((p) => p.status !== result.status || p.category !== result.category)) {
      conflicts++
      result = { category: undefined, status: 'not-available' }
    }
    const raw = chosen.length === 1 ? values[chosen[0]!] : chosen.map((i) => values[i])
    if (result.status === 'ok' && !seen.has(result.category)) {
      if (given) {
        cells.set(code, { value: null, status: 'invalid', raw })
        report.warnings.push(`category ${JSON.stringify(result.category)} of ${code} is not one of the given categories`)
        continue
      }
      seen.add(result.category)
      categories.push(result.category)
    }
    cells.set(code, result.status === 'ok' ? { value: null, status: 'ok', raw, category: result.category } : { value: null, status: result.status, raw })
  }
  if (conflicts) report.warnings.push(`${conflicts} merged communes had rows of different categories: not available (set aggregate to 'first' or 'last' to pick one)`)
  return { cells, categories }
}

// Here rather than beside toQuantity (./cells.ts): the script tag's map chunk holds cells.ts, and only
// this part, fetched for categorical data, reads categories.
/** A cell as a category (trimmed text), or the reason it is missing. */
export function toCategory(cell: unknown, markers?: Markers): { category: string; status: 'ok' } | { category: undefined; status: MissingStatus } {
  const status = declared(cell, markers)
  if (status) return { category: undefined, status }
  if (cell === null || cell === undefined) return { category: undefined, status: 'not-available' }
  if (typeof cell === 'number' || typeof cell === 'boolean') return { category: String(cell), status: 'ok' }
  if (typeof cell !== 'string') return { category: undefined, status: 'invalid' }
  const text = cell.trim()
  const marker = missingMarker(text)
  return marker ? { category: undefined, status: marker } : { category: text, status: 'ok' }
}

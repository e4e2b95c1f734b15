import type { Cell, JoinReport, NationalKind } from '../../src/core/types.js'
import { toQuantity, type Markers, type NumberColumn, type Quantity } from './cells.js'
import type { Decimal } from './numbers.js'
import { ratio } from './quantitative.js'

// Whole-cell matches only: a code that merely starts with « FR » is a territory's, not France's.
const FRANCE = /^\s*(fra?|france([\s_-]+enti[eè]re)?)\s*$/i
const METRO = /^\s*(fxx|fm|france[\s_-]+m[ée]tro(politaine|\.)?)\s*$/i
const ONE: Quantity = { value: 1, status: 'ok' }

/** Whether a code (or name) cell names France entière or France métropolitaine rather than a territory. */
export function nationalKind(cell: unknown): NationalKind | undefined {
  return typeof cell !== 'string' ? undefined : FRANCE.test(cell) ? 'france' : METRO.test(cell) ? 'metro' : undefined
}

/** What reading a national row's value needs: the columns as the join read them. */
export interface NationalInput {
  values: NumberColumn
  valueDecimal: Decimal | undefined
  per: NumberColumn | undefined
  perDecimal: Decimal | undefined
  scale: number
  markers: Markers | undefined
  rowNumber: (i: number) => number
  report: JoinReport
}

/**
 * The national rows' cells, read like a territory's: the value, or numerator / denominator, × scale.
 * Two rows of one kind (a filter that kept both) give no value and a warning: which one is meant is
 * not ours to guess.
 */
export function nationalCells(rows: Partial<Record<NationalKind, number[]>>, input: NationalInput): Partial<Record<NationalKind, Cell>> {
  const out: Partial<Record<NationalKind, Cell>> = {}
  for (const [kind, [i, ...more]] of Object.entries(rows) as [NationalKind, number[]][]) {
    if (more.length) {
      input.report.warnings.push(`${more.length + 1} rows for ${kind} (rows ${[i!, ...more].map(input.rowNumber).join(', ')}): no ${kind} value`)
      continue
    }
    const raw = input.values.cells[i!]
    const den = input.per ? toQuantity(input.per.cells[i!], input.perDecimal, input.markers) : ONE
    out[kind] = { ...ratio(toQuantity(raw, input.valueDecimal, input.markers), den, input.scale), raw }
  }
  return out
}

import { MISSING_STATUSES, type MissingStatus, type Status } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import { missingMarker } from './missing.js'
import { decimalEvidence, parseNumber, plainInteger, type Decimal } from './numbers.js'

/** Declared missing markers of a source: trimmed, lower-cased text → status. */
export type Markers = ReadonlyMap<string, MissingStatus>

/** The status a declared marker gives a cell (text trimmed and lower-cased, a number as written), if any. */
export function declared(cell: unknown, markers: Markers | undefined): MissingStatus | undefined {
  if (markers === undefined || cell === null || cell === undefined) return undefined
  return markers.get(typeof cell === 'string' ? cell.trim().toLowerCase() : String(cell))
}

/** One parsed cell: a number with `ok`, or `null` with the reason it is missing. */
export interface Quantity {
  readonly value: number | null
  readonly status: Status
}

/** What a column's values say about its decimal separator. */
export interface DecimalVote {
  decimal: Decimal | undefined
  /** Index of the first value that is ambiguous without a decided separator (`1,234`). */
  ambiguous: number | undefined
}

/**
 * Decides the decimal separator of a column from all its values (see numbers.ts); an error when some
 * values show `,` and others `.`, naming the column and a row of each.
 */
export function voteDecimal(cells: readonly unknown[], column: string, source: string, rowNumber: (i: number) => number): DecimalVote {
  return checkedColumn(readNumberColumn(cells)()!, column, source, rowNumber).vote
}

/**
 * A numeric column read once: the decimal vote of {@link voteDecimal}, and in the same pass the numbers
 * of the cells written as plain integers (the common case), so that building the cells reads them
 * back instead of parsing again.
 */
export interface NumberColumn {
  readonly cells: readonly unknown[]
  readonly vote: DecimalVote
  /** `nums[i]`: the number of cell `i` when it is a plain integer text, NaN otherwise (parse it then). */
  readonly nums: Float64Array
  /** The first cells showing `,` and `.` as separator: both set is an error ({@link checkedColumn}). */
  readonly comma?: number | undefined
  readonly point?: number | undefined
}

/**
 * Reads a column for {@link NumberColumn}, to check with {@link checkedColumn}. A reading in progress:
 * each call reads cells until the column ends (→ the column) or `performance.now()` passes `deadline`
 * (→ `undefined`: call again), so that a million cells can be read in slices. Default deadline: none.
 */
export function readNumberColumn(cells: readonly unknown[], markers?: Markers): (deadline?: number) => NumberColumn | undefined {
  const nums = new Float64Array(cells.length)
  let comma: number | undefined
  let point: number | undefined
  let ambiguous: number | undefined
  let at = 0
  return (deadline = Infinity) => {
    // The position in a local while reading (a closure's variables are slower to reach in a hot loop).
    const from = at
    let i = from
    for (; i < cells.length; i++) {
      if ((i & 8191) === 8191 && i !== from && performance.now() > deadline) return ((at = i), undefined)
      const cell = cells[i]
      if (typeof cell !== 'string') {
        nums[i] = NaN
        continue
      }
      // A declared marker is not a number, and says nothing of the separator.
      if (markers !== undefined && declared(cell, markers) !== undefined) {
        nums[i] = NaN
        continue
      }
      const plain = plainInteger(cell)
      nums[i] = plain
      // A plain integer shows no separator: only the other cells vote.
      if (plain === plain || (cell.indexOf(',') < 0 && cell.indexOf('.') < 0)) continue
      const evidence = decimalEvidence(cell.trim())
      if (evidence === ',') comma ??= i
      else if (evidence === '.') point ??= i
      else if (evidence === 'ambiguous') ambiguous ??= i
    }
    return { cells, nums, comma, point, vote: { decimal: comma !== undefined ? ',' : point !== undefined ? '.' : undefined, ambiguous } }
  }
}

/** The column read, unless it mixes `,` and `.` as decimal separator: an error naming a row of each. */
export function checkedColumn(read: NumberColumn, column: string, source: string, rowNumber: (i: number) => number): NumberColumn {
  const { cells, comma, point } = read
  if (comma !== undefined && point !== undefined)
    throw new DataError(source, `mixes "," and "." as decimal separator (row ${rowNumber(comma)}: ${JSON.stringify(cells[comma])}, row ${rowNumber(point)}: ${JSON.stringify(cells[point])})`, { column })
  return read
}

const MISSING = Object.fromEntries(MISSING_STATUSES.map((status) => [status, Object.freeze({ value: null, status })])) as Record<MissingStatus, Quantity>

/** A missing quantity of this status (shared frozen objects). */
export function missing(status: MissingStatus): Quantity {
  return MISSING[status]
}

/** A cell as a quantity: numbers pass if finite; text goes through the missing markers, then {@link parseNumber}. */
export function toQuantity(cell: unknown, decimal: Decimal | undefined, markers?: Markers): Quantity {
  const status = declared(cell, markers)
  if (status) return MISSING[status]
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, status: 'ok' } : MISSING.invalid
  if (cell === null || cell === undefined) return MISSING['not-available']
  if (typeof cell !== 'string') return MISSING.invalid
  const text = cell.trim()
  const marker = missingMarker(text)
  if (marker) return MISSING[marker]
  const n = parseNumber(text, decimal)
  return n === undefined ? MISSING.invalid : { value: n, status: 'ok' }
}

import type { CellMap } from '../../src/core/indicator-table.js'

/**
 * The decimals every figure of a value column is shown with, one number for all its values (never
 * « 88,0 » beside « 179 »): the precision the column is written with, at most 2 — integers stay
 * integers, an index written with 15 decimals gets 2. Not used for a ratio computed from `per`.
 */
export function shownDigits(cells: CellMap): number {
  let digits = 0
  for (const { value } of cells.values()) while (digits < 2 && value !== null && +value.toFixed(digits) !== value) digits++
  return digits
}

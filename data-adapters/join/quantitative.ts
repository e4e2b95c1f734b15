import type { RatioParts } from '../../src/core/ratio-parts.js'
import type { Cell, JoinReport, Status } from '../../src/core/types.js'
import type { Aggregate } from '../options.js'
import { missing, toQuantity, type Markers, type NumberColumn, type Quantity } from './cells.js'
import type { combined as Combined } from './combined.js'
import { SlotMap, type RowGroups } from './groups.js'
import type { Decimal } from './numbers.js'

export interface QuantitativeInput {
  source: string
  groups: RowGroups
  values: NumberColumn
  valueDecimal: Decimal | undefined
  /** Denominator cells, when `per` is set. */
  per: NumberColumn | undefined
  perDecimal: Decimal | undefined
  perName: string
  scale: number
  aggregate: Aggregate | undefined
  codeColumn: string
  rowNumber: (i: number) => number
  report: JoinReport
  /** Declared missing markers of the source. */
  markers: Markers | undefined
  /** Combines the rows of a territory that has several (combined.ts, fetched on use): needed when `groups.more` has any. */
  combined?: typeof Combined | undefined
}

/**
 * Builds the cells: rows of one source code combine through `aggregate` (their denominator must be the
 * same on each: it is the territory's, not a part to add up). Communes merged since the source's
 * vintage add up their numerators and denominators with `per`, so a ratio is recomputed, not averaged;
 * without `per` they combine through `aggregate`, and without it they are an error (a sum of indices
 * is no index). Every merge is listed in `report.merged`.
 * Counts the missing statuses in `report.missing`. Cells all have one shape: `{ value, status, raw }`.
 */
export function quantitativeCells(input: QuantitativeInput): { cells: SlotMap<Cell>; parts: RatioParts | undefined } {
  const { groups, values, per, scale, report } = input
  const { order, first, more, size } = groups
  const cells: (Cell | undefined)[] = new Array(first.length)
  const counts = report.missing
  const vCells = values.cells
  const vNums = values.nums
  const pNums = per?.nums
  // Numerator and denominator of each ok ratio, by slot: what an area's value is pooled from.
  const parts: ([number, number] | undefined)[] | undefined = per && new Array(first.length)
  for (let k = 0; k < size; k++) {
    const slot = order[k]!
    let value: number | null
    let status: Status
    let raw: unknown
    if (more.size === 0 || !more.has(slot)) {
      // One row for the territory: no combination; plain integers were read with the vote.
      const i = first[slot]!
      raw = vCells[i]
      value = vNums[i]!
      if (value === value) status = 'ok'
      else ({ value, status } = toQuantity(raw, input.valueDecimal, input.markers))
      if (per && status === 'ok') {
        let den: number | null = pNums![i]!
        let denStatus: Status = 'ok'
        if (den !== den) ({ value: den, status: denStatus } = toQuantity(per.cells[i], input.perDecimal, input.markers))
        // A share of nothing has no value: not a zero, not an infinity.
        if (denStatus !== 'ok') (value = null), (status = denStatus)
        else if (den === 0) (value = null), (status = 'not-applicable')
        else (parts![slot] = [value!, den!]), (value = (value! / den!) * scale)
      } else if (status === 'ok' && scale !== 1) value = value! * scale
    } else {
      const q = input.combined!(slot, input)
      if (parts && q.num.status === 'ok') parts[slot] = q.parts
      value = q.num.value
      status = q.num.status
      raw = q.raw
    }
    if (status !== 'ok') counts[status]++
    cells[slot] = { value, status, raw }
  }
  const byCode = parts && new SlotMap(groups, parts)
  return { cells: new SlotMap(groups, cells), parts: byCode && { scale, get: (code) => byCode.get(code) } }
}

export function ratio(num: Quantity, den: Quantity, scale: number): Quantity {
  if (num.status !== 'ok') return num
  if (den.status !== 'ok') return den
  // A share of nothing has no value: not a zero, not an infinity.
  if (den.value === 0) return missing('not-applicable')
  return { value: (num.value! / den.value!) * scale, status: 'ok' }
}

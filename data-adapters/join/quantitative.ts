import type { RatioParts } from '../../src/core/ratio-parts.js'
import type { Cell, JoinReport, Status } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import type { Aggregate } from '../options.js'
import { missing, toQuantity, type Markers, type NumberColumn, type Quantity } from './cells.js'
import { combine } from './combine.js'
import { duplicateCode, SlotMap, type RowGroups } from './groups.js'
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
      const q = combined(slot, input)
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

/** A territory with several rows: duplicates of one source code, or merged communes. */
function combined(slot: number, input: QuantitativeInput): { num: Quantity; raw: unknown; parts?: [number, number] } {
  const { source, values, per, aggregate, rowNumber, report } = input
  const bySource = input.groups.bySourceCode(slot)
  const nums: Quantity[] = []
  const dens: Quantity[] = []
  const raws: unknown[] = []
  for (const [sourceCode, rows] of bySource) {
    if (rows.length > 1) {
      report.duplicates.push(sourceCode)
      if (!aggregate) throw duplicateCode(source, sourceCode, rows, rowNumber, input.codeColumn)
    }
    const parts = rows.map((i) => toQuantity(values.cells[i], input.valueDecimal, input.markers))
    nums.push(rows.length === 1 ? parts[0]! : combine(parts, aggregate!))
    for (const i of rows) raws.push(values.cells[i])
    if (per) dens.push(sameDenominator(rows, per.cells, input))
  }
  if (bySource.size > 1) {
    const code = input.groups.codeOf(slot)
    const old = [...bySource.keys()]
    report.merged[code] = old
    // Adding up the values of merged communes is right only for counts: the caller says so. A ratio
    // is recomputed from its summed numerators and denominators.
    if (!per && !aggregate) {
      const rows = [...bySource.values()].map((r) => r[0]!)
      throw new DataError(source, `communes ${old.join(', ')} (rows ${rows.map(rowNumber).join(', ')}) were merged into ${code}: set aggregate to combine their values ('sum' for counts), or give per for a ratio`, {
        row: rowNumber(rows[1]!),
        column: input.codeColumn,
        reason: 'merged-communes',
        params: { current: code, codes: old },
      })
    }
  }
  let num = nums.length === 1 ? nums[0]! : combine(nums, per ? 'sum' : aggregate!)
  const raw = raws.length === 1 ? raws[0] : raws
  if (per) {
    const den = dens.length === 1 ? dens[0]! : combine(dens, 'sum')
    const parts: [number, number] | undefined = num.status === 'ok' && den.status === 'ok' ? [num.value!, den.value!] : undefined
    return { num: ratio(num, den, input.scale), raw, parts }
  }
  if (num.status === 'ok' && input.scale !== 1) num = { value: num.value! * input.scale, status: 'ok' }
  return { num, raw }
}

function sameDenominator(rows: readonly number[], per: readonly unknown[], input: QuantitativeInput): Quantity {
  const first = toQuantity(per[rows[0]!], input.perDecimal, input.markers)
  for (let k = 1; k < rows.length; k++) {
    const q = toQuantity(per[rows[k]!], input.perDecimal, input.markers)
    if (q.status !== first.status || q.value !== first.value)
      throw new DataError(
        input.source,
        `denominator differs between rows ${input.rowNumber(rows[0]!)} (${JSON.stringify(per[rows[0]!])}) and ${input.rowNumber(rows[k]!)} (${JSON.stringify(per[rows[k]!])}) of one territory; it must be the same on each row`,
        { row: input.rowNumber(rows[k]!), column: input.perName },
      )
  }
  return first
}

export function ratio(num: Quantity, den: Quantity, scale: number): Quantity {
  if (num.status !== 'ok') return num
  if (den.status !== 'ok') return den
  // A share of nothing has no value: not a zero, not an infinity.
  if (den.value === 0) return missing('not-applicable')
  return { value: (num.value! / den.value!) * scale, status: 'ok' }
}

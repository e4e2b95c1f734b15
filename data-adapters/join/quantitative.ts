import type { Cell, JoinReport } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import type { Aggregate } from '../options.js'
import { missing, toQuantity, type Quantity } from './cells.js'
import { combine } from './combine.js'
import { bySourceCode, type Groups } from './groups.js'
import type { Decimal } from './numbers.js'

export interface QuantitativeInput {
  source: string
  groups: Groups
  sourceCodes: readonly (string | undefined)[]
  values: readonly unknown[]
  valueDecimal: Decimal | undefined
  /** Denominator cells, when `per` is set. */
  per: readonly unknown[] | undefined
  perDecimal: Decimal | undefined
  perName: string
  scale: number
  aggregate: Aggregate | undefined
  codeColumn: string
  rowNumber: (i: number) => number
  report: JoinReport
}

/**
 * Builds the cells: rows of one source code combine through `aggregate` (their denominator must be the
 * same on each: it is the territory's, not a part to add up); communes merged since the source's
 * vintage add up their numerators and denominators, so a ratio is recomputed, not averaged.
 */
export function quantitativeCells(input: QuantitativeInput): Map<string, Cell> {
  const { source, groups, values, per, aggregate, rowNumber, report } = input
  const cells = new Map<string, Cell>()
  for (const [code, group] of groups) {
    if (typeof group === 'number') {
      // One row for the territory: no combination.
      let q = toQuantity(values[group], input.valueDecimal)
      if (per) q = ratio(q, toQuantity(per[group], input.perDecimal), input.scale)
      else if (q.status === 'ok' && input.scale !== 1) q = { value: q.value! * input.scale, status: 'ok' }
      cells.set(code, { value: q.value, status: q.status, raw: values[group] })
      continue
    }
    const bySource = bySourceCode(group, input.sourceCodes)
    const nums: Quantity[] = []
    const dens: Quantity[] = []
    const raws: unknown[] = []
    for (const [sourceCode, rows] of bySource) {
      if (rows.length > 1) {
        report.duplicates.push(sourceCode)
        if (!aggregate)
          throw new DataError(source, `duplicate code ${JSON.stringify(sourceCode)} (rows ${rows.map(rowNumber).join(', ')}); set aggregate to combine rows of one territory`, { row: rowNumber(rows[1]!), column: input.codeColumn })
      }
      const parts = rows.map((i) => toQuantity(values[i], input.valueDecimal))
      nums.push(rows.length === 1 ? parts[0]! : combine(parts, aggregate!))
      for (const i of rows) raws.push(values[i])
      if (per) dens.push(sameDenominator(rows, per, input))
    }
    let num = nums.length === 1 ? nums[0]! : combine(nums, per ? 'sum' : (aggregate ?? 'sum'))
    if (per) num = ratio(num, dens.length === 1 ? dens[0]! : combine(dens, 'sum'), input.scale)
    else if (num.status === 'ok' && input.scale !== 1) num = { value: num.value! * input.scale, status: 'ok' }
    cells.set(code, { value: num.value, status: num.status, raw: raws.length === 1 ? raws[0] : raws })
  }
  return cells
}

function sameDenominator(rows: readonly number[], per: readonly unknown[], input: QuantitativeInput): Quantity {
  const first = toQuantity(per[rows[0]!], input.perDecimal)
  for (let k = 1; k < rows.length; k++) {
    const q = toQuantity(per[rows[k]!], input.perDecimal)
    if (q.status !== first.status || q.value !== first.value)
      throw new DataError(
        input.source,
        `denominator differs between rows ${input.rowNumber(rows[0]!)} (${JSON.stringify(per[rows[0]!])}) and ${input.rowNumber(rows[k]!)} (${JSON.stringify(per[rows[k]!])}) of one territory; it must be the same on each row`,
        { row: input.rowNumber(rows[k]!), column: input.perName },
      )
  }
  return first
}

function ratio(num: Quantity, den: Quantity, scale: number): Quantity {
  if (num.status !== 'ok') return num
  if (den.status !== 'ok') return den
  // A share of nothing has no value: not a zero, not an infinity.
  if (den.value === 0) return missing('not-applicable')
  return { value: (num.value! / den.value!) * scale, status: 'ok' }
}

import { DataError } from '../errors.js'
import { toQuantity, type Quantity } from './cells.js'
import { combine } from './combine.js'
import { duplicateCode } from './duplicate-code.js'
import { ratio, type QuantitativeInput } from './quantitative.js'

// The rows of one territory that has several: duplicates of a source code (with `aggregate`) or
// communes merged since the source's vintage. Fetched by the join when it may meet some (join-rows.ts):
// a file with one row per territory, the common case, does not carry it (0.7 KB gzip of the script
// tag's first paint).

/** A territory with several rows: duplicates of one source code, or merged communes. */
export function combined(slot: number, input: QuantitativeInput): { num: Quantity; raw: unknown; parts?: [number, number] } {
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


import type { IndicatorTable } from './indicator-table.js'
import { territories } from './registry/index.js'

/** A value pooled over an area from the numerators and denominators of its territories. */
export interface PooledValue {
  /** Σ numerators / Σ denominators × scale. */
  readonly value: number
  /** Territories pooled. */
  readonly count: number
  /** Territories of the area whose value is missing: when not 0 the pooled value is not the area's. */
  readonly missing: number
}

/**
 * The value of an area made of the territories `codes`, for a ratio indicator (`per`): the ratio of the
 * sums, so the share of France weighs each territory by its denominator. `undefined` for an indicator
 * that is not a ratio (the mean of counts or of indices is not the area's value) or without any value.
 */
export function pooledValue(table: IndicatorTable, codes: Iterable<string>): PooledValue | undefined {
  const parts = table.parts
  if (!parts) return undefined
  let num = 0
  let den = 0
  let count = 0
  let missing = 0
  for (const code of codes) {
    const p = parts.get(code)
    if (!p) {
      missing++
      continue
    }
    num += p.numerator
    den += p.denominator
    count++
  }
  if (count === 0 || den === 0) return undefined
  return { value: (num / den) * parts.scale, count, missing }
}

/**
 * France entière (`'all'`: metropolitan France and the DROM) or France métropolitaine (`'metro'`)
 * pooled over every territory of the table's level; `undefined` unless every one has a value, so a
 * reference is never a partial sum presented as the nation's.
 */
export function franceValue(table: IndicatorTable, zone: 'all' | 'metro' = 'all'): number | undefined {
  const codes = territories(table.level)
    .filter((t) => zone === 'all' || t.zone === 'metro')
    .map((t) => t.code)
  const pooled = pooledValue(table, codes)
  return pooled && pooled.missing === 0 ? pooled.value : undefined
}

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
    num += p[0]
    den += p[1]
    count++
  }
  if (count === 0 || den === 0) return undefined
  return { value: (num / den) * parts.scale, count, missing }
}

/** France's value, and the territories it leaves out (no row, or no value, in the source). */
export interface FranceValue {
  readonly value: number
  /** Codes of the level's territories without a value: « France entière hors Mayotte ». Default: none. */
  readonly excluded: readonly string[]
  /** `data`: the source's own France row ({@link IndicatorTable.national}); `pooled`: Σ numerators / Σ denominators. */
  readonly how: 'data' | 'pooled'
}

/**
 * France entière (`'all'`: metropolitan France and the DROM) or France métropolitaine (`'metro'`): the
 * source's own row when it has one, else pooled over every territory of the table's level. National statistics often leave a territory out
 * (Mayotte, for many Insee series): the value then says which ones it excludes, so a widget labels it
 * « hors Mayotte ». `undefined` when more than a tenth of the territories have no value: that is no
 * longer the nation's value.
 */
export function franceValue(table: IndicatorTable, zone: 'all' | 'metro' = 'all'): FranceValue | undefined {
  const given = table.nationalValue(zone === 'all' ? 'france' : 'metro')
  if (given !== undefined) return { value: given, excluded: [], how: 'data' }
  const codes = territories(table.level)
    .filter((t) => zone === 'all' || t.zone === 'metro')
    .map((t) => t.code)
  const pooled = pooledValue(table, codes)
  if (!pooled || pooled.missing * 10 > codes.length) return undefined
  return { value: pooled.value, excluded: pooled.missing ? codes.filter((c) => !table.parts!.get(c)) : [], how: 'pooled' }
}

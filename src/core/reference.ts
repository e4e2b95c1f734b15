import type { IndicatorTable } from './indicator-table.js'
import { pooled } from './ratio-parts.js'
import { territories } from './registry/index.js'

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
  const parts = table.parts
  const excluded = codes.filter((c) => !parts?.get(c))
  const value = excluded.length * 10 > codes.length ? undefined : pooled(parts, codes.filter((c) => parts!.get(c)))
  return value === undefined ? undefined : { value, excluded, how: 'pooled' }
}

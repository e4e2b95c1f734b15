import type { IndicatorTable } from '../../core/indicator-table.js'
import { pooled } from '../../core/ratio-parts.js'
import type { Reference } from './compute.js'

/**
 * The reference row of an area computed from the data (`reference: 'france' | 'parent'`): named
 * `name`, each indicator's value pooled from the ratio's numerators and denominators over the area's
 * territories `codes` (never the mean of the shares). A value is `null` — shown « non disponible »,
 * no gap — for an indicator that is not a ratio, or when a territory of the area has no value: a
 * partial sum is not the area's value. With `france`, a source's own France row comes first. The
 * pooling is core/ratio-parts' {@link pooled}, every widget's one rule.
 */
export function pooledReference(tables: readonly IndicatorTable[], name: string, codes: readonly string[], france = false): Reference {
  return {
    name,
    values: tables.map((t) => {
      // France entière as the source gives it (its France row), before any pooling.
      const given = france ? t.nationalValue('france') : undefined
      return given ?? pooled(t.parts, codes) ?? null
    }),
  }
}

import type { IndicatorTable } from '../../core/indicator-table.js'
import type { RatioParts } from '../../core/ratio-parts.js'
import { territories, territory } from '../../core/registry/store.js'
import type { View } from '../../core/selection.js'

// The table's own shape (IndicatorTable.parts): a `parts` prop and the table's parts are read alike.
export type { RatioParts }

/** How a reference value was obtained: given by the source, pooled from a ratio's parts, or the median shown. */
export type ReferenceOrigin = 'data' | 'pooled' | 'median'

export interface ReferenceValue {
  readonly kind: 'france' | 'metro' | 'parent' | 'median'
  readonly value: number
  readonly origin: ReferenceOrigin
  /** The parent territory's name, for `parent`. */
  readonly name?: string
}

/**
 * Σ numerators / Σ denominators × scale over `codes`: an area's share weighs each territory by its
 * denominator, never the mean of the shares. `undefined` unless every territory has its parts (a
 * partial sum is not the area's value).
 */
export function pooled(parts: RatioParts, codes: readonly string[]): number | undefined {
  let num = 0
  let den = 0
  for (const code of codes) {
    const p = parts.get(code)
    if (!p) return undefined
    num += p[0]
    den += p[1]
  }
  return codes.length > 0 && den !== 0 ? (num / den) * parts.scale : undefined
}

/** The median of `values` (mean of the two middle ones for an even count); `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * The reference values available for `view`: France entière and France métropolitaine from the
 * source when given, else pooled from the ratio's parts over every territory of the level; the parent
 * territory from its own table when there is one, else pooled over its territories; the median of the
 * values shown. A reference the data cannot give is left out, never guessed.
 */
export function referenceValues(init: {
  view: View
  table: IndicatorTable
  tables: ReadonlyMap<string, IndicatorTable>
  /** Every territory of the view, with a value or not: an area's pooled value needs them all. */
  shown: readonly string[]
  values: readonly number[]
  parts: RatioParts | undefined
  france: number | undefined
  metro: number | undefined
  kinds: readonly ('france' | 'metro' | 'parent' | 'median')[]
}): ReferenceValue[] {
  const { view, parts } = init
  const out: ReferenceValue[] = []
  const level = territories(view.level)
  for (const kind of init.kinds) {
    if (kind === 'france' || kind === 'metro') {
      const given = kind === 'france' ? init.france : init.metro
      const codes = level.filter((t) => kind === 'france' || t.zone === 'metro').map((t) => t.code)
      const value = given ?? (parts ? pooled(parts, codes) : undefined)
      if (value !== undefined) out.push({ kind, value, origin: given !== undefined ? 'data' : 'pooled' })
    } else if (kind === 'parent' && view.within) {
      const { level: pl, code } = view.within
      const name = territory(pl, code)?.name ?? code
      const cell = init.tables.get(pl)?.get(code)
      if (cell?.status === 'ok' && cell.value !== null) out.push({ kind, value: cell.value, origin: 'data', name })
      else if (parts) {
        const value = pooled(parts, init.shown)
        if (value !== undefined) out.push({ kind, value, origin: 'pooled', name })
      }
    } else if (kind === 'median') {
      const value = median(init.values)
      if (value !== undefined) out.push({ kind, value, origin: 'median' })
    }
  }
  return out
}

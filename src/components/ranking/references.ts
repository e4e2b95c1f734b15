import type { IndicatorTable } from '../../core/indicator-table.js'
import { pooled, type RatioParts } from '../../core/ratio-parts.js'
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
      const value = given ?? pooled(parts, codes)
      if (value !== undefined) out.push({ kind, value, origin: given !== undefined ? 'data' : 'pooled' })
    } else if (kind === 'parent' && view.within) {
      // As France: the parent's own value when its table has one, else pooled.
      const { level: pl, code } = view.within
      const cell = init.tables.get(pl)?.get(code)
      const given = cell?.status === 'ok' ? (cell.value ?? undefined) : undefined
      const value = given ?? pooled(parts, init.shown)
      if (value !== undefined) out.push({ kind, value, origin: given !== undefined ? 'data' : 'pooled', name: territory(pl, code)?.name ?? code })
    } else if (kind === 'median') {
      const value = median(init.values)
      if (value !== undefined) out.push({ kind, value, origin: 'median' })
    }
  }
  return out
}

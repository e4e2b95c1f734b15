import { fn, integer, invalid, number, oneOf, string } from '../../core/options.js'
import { option, propOnly } from '../../core/spec/spec.js'
import { widgetSpec } from '../../core/spec/widget.js'
import { classSpec, storeOption, tableSpec } from '../shared/tables.js'
import { defaults } from './defaults.js'
import type { RatioParts } from './references.js'

export const ORDERS = ['desc', 'asc', 'name'] as const
export type RankingOrder = (typeof ORDERS)[number]
export const REFERENCES = ['france', 'metro', 'parent', 'median'] as const
export type ReferenceKind = (typeof REFERENCES)[number]

/** `auto`, `all`, or a whole number of bars from 1. */
export function parseLimit(name: string, value: unknown): 'auto' | 'all' | number {
  if (value === undefined || value === null || value === 'auto') return defaults.limit
  if (value === 'all') return 'all'
  return integer(name, value, undefined, { min: 1 }) ?? invalid(name, value)
}

/** A list of reference kinds: an array or an attribute `"france, median"` (`""` or `"none"`: none). */
export function parseReferences(name: string, value: unknown): readonly ReferenceKind[] {
  if (value === undefined || value === null) return defaults.references
  const items = typeof value === 'string' ? (value.trim() === 'none' ? [] : value.split(/[\s,]+/).filter(Boolean)) : value
  if (!Array.isArray(items)) return invalid(name, value, ['expected a list of {0}', REFERENCES.join(', ')])
  return items.map((r) => oneOf(name, r, REFERENCES) ?? invalid(name, value))
}

/** `classes` or a CSS colour (`#000091`, `rgb(…)`, `navy`…). */
export function parseColor(name: string, value: unknown): string {
  const s = string(name, value, defaults.color)!.trim()
  // The browser's own parser when there is one: `color="cinq"` is not a colour.
  const known = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' ? CSS.supports('color', s) : /^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]+)$/i.test(s)
  if (s === 'classes' || (known && !/[;{}]/.test(s))) return s
  return invalid(name, value, 'expected classes or a CSS colour')
}

/**
 * The options of {@link RankingChart} and the attributes of `<atlas-ranking>`: the tables, the
 * widget options, the map's classification (same names, same defaults, so bars and territories share
 * their colours), then the chart's own. Cross-option rules (a table per level, `method` from
 * `breaks`) are checked after, by `checkRankingOptions`.
 */
export const rankingSpec = {
  ...tableSpec,
  ...widgetSpec,
  store: storeOption,
  order: option((name, v) => oneOf(name, v, ORDERS, defaults.order)),
  limit: option(parseLimit),
  references: option(parseReferences),
  france: option(number),
  metro: option(number),
  parts: propOnly((name, v) => {
    if (v !== undefined && (typeof v !== 'object' || v === null || typeof (v as RatioParts).get !== 'function')) invalid(name, v)
    return v as RatioParts | undefined
  }),
  color: option(parseColor),
  ...classSpec,
  id: propOnly(string),
  onReady: propOnly(fn<() => void>),
}

import { boolean, fn, integer, invalid, oneOf, string } from '../../core/options.js'
import { option, propOnly } from '../../core/spec/spec.js'
import { widgetSpec } from '../../core/spec/widget.js'
import { storeOption } from '../shared/tables.js'
import type { PortraitFigureInput, PortraitSubject } from './compute.js'
import { defaults } from './defaults.js'

export const PORTRAIT_LEVELS = ['france', 'region', 'departement'] as const

/**
 * The options of {@link PortraitCard} and the attributes of `<atlas-portrait>`: one parser each, the
 * defaults from {@link defaults}. Which territory `territory` names (its level from `level` or from
 * the figures' tables) is checked after, by `checkPortraitOptions`.
 */
export const portraitSpec = {
  ...widgetSpec,
  figures: propOnly((name, v): readonly PortraitFigureInput[] => {
    if (!Array.isArray(v) || v.some((f) => !f || typeof f.table?.get !== 'function')) invalid(name, v, 'expected an array of { table }')
    return v as readonly PortraitFigureInput[]
  }),
  // A code (`"29"`, the attribute), `{ level, code }`, or `{ level: 'france' }`; absent: France.
  territory: option((name, v): PortraitSubject | string | undefined => {
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v.trim() === 'france' ? { level: 'france' } : string(name, v.trim())
    const level = typeof v === 'object' ? (v as { level?: unknown }).level : undefined
    if (level === 'france') return { level }
    if (level !== 'region' && level !== 'departement') return invalid(name, v, 'expected a code, { level, code } or { level: "france" }')
    return { level, code: string(`${name}.code`, (v as { code?: unknown }).code)! }
  }),
  level: option((name, v) => oneOf(name, v, PORTRAIT_LEVELS)),
  analysis: option((name, v) => string(name, v, '', true)!),
  headingLevel: option((name, v) => integer(name, v, defaults.headingLevel, { min: 1, max: 6 })),
  locator: option((name, v) => boolean(name, v, defaults.locator)!),
  store: storeOption,
  onReady: propOnly(fn<() => void>),
}

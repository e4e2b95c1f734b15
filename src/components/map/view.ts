import type { Lang } from '../../core/locale.js'
import { LEVEL_LABELS } from '../../core/messages.js'
import { invalid } from '../../core/options.js'
import { territory } from '../../core/registry/store.js'
import type { View } from '../../core/selection.js'
import { LEVELS, type Level } from '../../core/types.js'
import { TEXTS } from './texts.js'

/** Reads `within` from a prop or attribute: `null`, `{ level, code }`, or `"region:53"` / `"departement:29"`. */
export function parseWithin(value: unknown): View['within'] {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string') {
    const m = /^(region|departement):([0-9AB]{2,3})$/.exec(value.trim())
    return m ? { level: m[1] as 'region' | 'departement', code: m[2]! } : invalid('within', value, 'expected region:<code> or departement:<code>')
  }
  if (typeof value === 'object' && 'level' in value && 'code' in value) {
    const { level, code } = value as { level: unknown; code: unknown }
    if ((level === 'region' || level === 'departement') && typeof code === 'string') return { level, code }
  }
  return invalid('within', value, 'expected region:<code> or departement:<code>')
}

/** Whether `level` can be drawn inside `within` (communes of a département, départements of a region…). */
export function checkView(view: View): View {
  if (!LEVELS.includes(view.level)) invalid('level', view.level)
  const { within } = view
  if (!within) return view
  if (!territory(within.level, within.code)) invalid('within', `${within.level}:${within.code}`, 'unknown territory')
  const finer = LEVELS.indexOf(view.level) > LEVELS.indexOf(within.level)
  if (!finer) invalid('level', view.level, `not a subdivision of ${within.level}`)
  return view
}

/**
 * The view a click on `code` leads to: the next finer level that has data, inside that territory.
 * Regions open on their départements, départements on their communes. `undefined`: no finer view.
 */
export function drillTarget(view: View, code: string, available: readonly Level[]): View | undefined {
  if (view.level === 'region' && available.includes('departement')) return { level: 'departement', within: { level: 'region', code } }
  if (view.level === 'departement' && available.includes('commune')) return { level: 'commune', within: { level: 'departement', code } }
  return undefined
}

/** The view one step up: a département's communes → its region's départements → France entière. */
export function parentView(view: View, available: readonly Level[]): View | undefined {
  const { within } = view
  if (!within) return undefined
  if (within.level === 'departement') {
    const region = territory('departement', within.code)?.region
    if (region && available.includes('departement')) return { level: 'departement', within: { level: 'region', code: region } }
  }
  const top = available.includes('region') && view.level === 'departement' ? 'region' : view.level
  return { level: available.includes(top) ? top : view.level, within: null }
}

/** The area's name: « France entière », « Bretagne », « Finistère ». */
export function areaName(view: View, lang: Lang): string {
  if (!view.within) return TEXTS[lang].wholeFrance
  return territory(view.within.level, view.within.code)?.name ?? view.within.code
}

/** « Départements de Bretagne », « Régions »: the subtitle's default. */
export function levelsIn(view: View, lang: Lang): string {
  const plural = LEVEL_LABELS[lang][view.level][1]
  return plural.charAt(0).toUpperCase() + plural.slice(1)
}

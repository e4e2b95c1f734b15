import { invalid } from './options.js'
import { currentCommuneCode } from './registry/history.js'
import { territory } from './registry/store.js'
import { capitalise } from './text/rules.js'
import { TEXTS } from './text/table.js'
import type { Lang } from './locale.js'
import { LEVELS, type Level } from './types.js'

/** A region or département a view is restricted to. */
export interface Within {
  readonly level: 'region' | 'departement'
  /** INSEE code, e.g. `53`, `2A`, `974`. */
  readonly code: string
}

/** What the map is showing; the ranking, table and portrait follow it. */
export interface View {
  /** Level of the territories drawn. */
  level: Level
  /** Territory the view is restricted to: `null` for France entière, or a region / département code. */
  within: Within | null
}

const WITHIN_LEVELS = ['region', 'departement'] as const
const WITHIN_FORM = 'expected region:<code> or departement:<code>'

/**
 * Reads `within` from a prop or attribute: absent → `null` (France entière), `{ level, code }`, or
 * the attribute form `"region:53"` / `"departement:29"`. Checks the form only: see {@link checkWithin}.
 */
export function parseWithin(value: unknown): Within | null {
  if (value === undefined || value === null || value === '') return null
  const m = typeof value === 'string' ? /^(region|departement):([0-9AB]{2,3})$/.exec(value.trim()) : null
  const { level, code } = m ? { level: m[1], code: m[2] } : typeof value === 'object' ? (value as Record<string, unknown>) : {}
  if (!WITHIN_LEVELS.includes(level as Within['level']) || typeof code !== 'string' || code === '') return invalid('within', value, WITHIN_FORM)
  return { level: level as Within['level'], code }
}

/**
 * Whether `level` can be drawn inside `within`: the territory exists and `level` is finer (the
 * départements of a region, the communes of a département). `sameLevel` also accepts one territory
 * of its own level (the geometry loader draws one region alone).
 */
export function checkWithin(level: Level, within: Within | null, sameLevel = false): Within | null {
  if (!within) return null
  const text = `${within.level}:${within.code}`
  if (!territory(within.level, within.code)) invalid('within', text, 'unknown territory')
  const step = LEVELS.indexOf(level) - LEVELS.indexOf(within.level)
  if (step < 0 || (step === 0 && !sameLevel)) invalid('within', text, ['a {0} holds no {1}', within.level, level])
  return within
}

/** Checks a whole view: a known level, and a `within` it can be drawn in. */
export function checkView(view: View): View {
  if (!LEVELS.includes(view.level)) invalid('level', view.level)
  checkWithin(view.level, view.within)
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

/** « Départements », « Régions »: the level drawn, as the subtitle's default starts. */
export function levelsIn(view: View, lang: Lang): string {
  return capitalise(TEXTS[lang].levels[view.level][1])
}

/** `departement|region:53`: a key naming the view (memo keys, ids). */
export function viewKey(view: View): string {
  return `${view.level}|${view.within ? `${view.within.level}:${view.within.code}` : ''}`
}

/**
 * Whether a code of the view's level lies in its area (always, in France entière): by the registry's
 * département or region of its territory, or for a commune code of an earlier COG, of its current
 * commune. A code the registry cannot place lies in France entière only: its first digits would guess
 * wrong for the communes that changed département (14507 is now in 50592, Manche), and a département's
 * view listing every unknown code of France names nothing of its own.
 */
export function inArea(view: View, code: string): boolean {
  const { level, within } = view
  if (!within) return true
  const region = within.level === 'region'
  const now = level === 'commune' ? (currentCommuneCode(code) ?? code) : code
  // A current commune's code starts with its département's (2A004, 97101; tests/core/view.test.ts checks the
  // registry): a département's view skips the registry's territory of the 34,000 others (issue #10, ~25 ms).
  return (
    (region || now !== code || level !== 'commune' || code.startsWith(within.code)) &&
    (region ? territory(level, now)?.region : territory(level, now)?.departement) === within.code
  )
}

import { LANGS, type Lang } from '../locale.js'
import { oneOf } from '../options.js'
import type { Level } from '../types.js'
import { levelsEn } from './levels.en.js'
import { levelsFr } from './levels.fr.js'

/** A level's name: singular, plural. */
export type LevelName = [one: string, many: string]

/**
 * The names of the territorial levels in `lang` (default `'fr'`), singular and plural, as the widgets
 * write them: `levelNames().departement` is `['département', 'départements']`, `levelNames('en').region`
 * is `['region', 'regions']`. Lower case, for use within a sentence. A copy: changing it changes no
 * widget's text.
 *
 * @throws {OptionError} for a language other than `'fr'` and `'en'`.
 */
export function levelNames(lang?: Lang): Record<Level, LevelName> {
  return structuredClone(oneOf('lang', lang, LANGS, 'fr') === 'en' ? levelsEn : levelsFr)
}

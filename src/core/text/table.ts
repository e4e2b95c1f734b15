import type { Lang } from '../locale.js'
import { en, enTable } from './en.js'
import { fr, frTable, type TableTexts, type Texts } from './fr.js'

/** One table per language: every user-visible string and text rule of the widgets. */
export const TEXTS: Readonly<Record<Lang, Texts>> = { fr, en }

/** The comparison table's words per language (kept apart so the map's bundle does not carry them). */
export const TABLE_TEXTS: Readonly<Record<Lang, TableTexts>> = { fr: frTable, en: enTable }

/**
 * Resolves once `lang`'s table is in {@link TEXTS}. Every table is here from the start; the script
 * tag's parts (table.parts.ts) fetch the English one when an element first speaks English.
 */
export function languageReady(_lang: Lang): Promise<void> {
  return Promise.resolve()
}

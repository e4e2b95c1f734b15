import type { Lang } from '../locale.js'
import { en } from './en.js'
import { fr, type Texts } from './fr.js'

/** One table per language: every user-visible string and text rule of the widgets. */
export const TEXTS: Readonly<Record<Lang, Texts>> = { fr, en }

/**
 * Resolves once `lang`'s table is in {@link TEXTS}. Every table is here from the start; the script
 * tag's parts (table.parts.ts) fetch the English one when an element first speaks English.
 */
export function languageReady(_lang: Lang): Promise<void> {
  return Promise.resolve()
}

// The script tag's parts build uses this module for table.ts (rollup.config.mjs): a French page does
// not download the English words (0.6 KB gzip of its first paint), which an element fetches when it
// first speaks English. Same exports as table.ts.
import type { Lang } from '../locale.js'
import { fr, type Texts } from './fr.js'

const texts: Partial<Record<Lang, Texts>> = { fr }

/** One table per language; English once {@link languageReady} has resolved for it. */
export const TEXTS = texts as Readonly<Record<Lang, Texts>>

let english: Promise<void> | undefined

/** Resolves once `lang`'s table is loaded (French always is). */
export function languageReady(lang: Lang): Promise<void> {
  if (texts[lang]) return Promise.resolve()
  english ??= import('./en.js').then(
    (m) => void (texts.en = m.en),
    (error: unknown) => {
      english = undefined
      throw error
    },
  )
  return english
}

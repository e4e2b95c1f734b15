/** Languages the widgets speak. French first. */
export type Lang = 'fr' | 'en'

export const LANGS: readonly Lang[] = ['fr', 'en']

/** BCP 47 tag used for number formatting. */
export function localeTag(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB'
}

/**
 * The language of the page (`<html lang>`), for messages that have no widget `lang` at hand (a shared
 * file that cannot be read): English for `en…`, French otherwise and outside a page.
 */
export function pageLang(): Lang {
  const lang = (globalThis as { document?: { documentElement?: { lang?: string } } }).document?.documentElement?.lang ?? ''
  return /^en\b/i.test(lang) ? 'en' : 'fr'
}

const collators = new Map<Lang, Intl.Collator>()

/**
 * How territory names sort in `lang`, accents and case aside (« Île-de-France » among the I's): one
 * collator per language and page. Building one costs about a millisecond, and `a.localeCompare(b, lang)`
 * builds one for each comparison (35 ms to sort the 18 regions once).
 */
export function nameCollator(lang: Lang): Intl.Collator {
  let c = collators.get(lang)
  if (!c) collators.set(lang, (c = new Intl.Collator(localeTag(lang), { sensitivity: 'base' })))
  return c
}

/** Languages the widgets speak. French first. */
export type Lang = 'fr' | 'en'

export const LANGS: readonly Lang[] = ['fr', 'en']

/** BCP 47 tag used for number formatting. */
export function localeTag(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB'
}

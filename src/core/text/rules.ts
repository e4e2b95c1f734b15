import { formatNumber } from '../format.js'
import type { Lang } from '../locale.js'
import type { Level } from '../types.js'
import { TEXTS } from './table.js'

/** « Source : Insee » / « Source: Insee »: a label, the language's colon, then the text. */
export function labelled(lang: Lang, label: string, text: string): string {
  return `${label}${TEXTS[lang].colon} ${text}`
}

/** The singular or plural form for `n`, by the language's rule (French: 0 and 1 are singular). */
export function plural(lang: Lang, n: number, forms: readonly [string, string]): string {
  return TEXTS[lang].isPlural(n) ? forms[1] : forms[0]
}

/** `12 départements`, `1 département`, `0 département`: a formatted count and its noun. */
export function counted(lang: Lang, n: number, forms: readonly [string, string]): string {
  return `${formatNumber(n, { lang, digits: 0 })} ${plural(lang, n, forms)}`
}

/**
 * `12 départements`, `1 département`, `0 département`: a count of territories named by their level
 * (the legend's, the comparison table's), « territoires » when they are of no one level.
 */
export function countLabel(n: number, lang: Lang, level?: Level): string {
  return counted(lang, n, level ? TEXTS[lang].levels[level] : TEXTS[lang].territories)
}

/** First letter upper case: a lower-case label starting a sentence or a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** « Valeur (€/hab.) »: a column or legend label with its unit in brackets; the label alone without one. */
export function withUnit(label: string, unit: string | undefined): string {
  return unit ? `${label} (${unit})` : label
}

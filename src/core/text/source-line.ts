import type { Lang } from '../locale.js'
import { labelled } from './rules.js'
import { TEXTS } from './table.js'

/**
 * « Source : Insee, 2019 »: the source and the year the widgets credit under their content; `''` when
 * the indicator names neither (the widget then draws no source line).
 */
export function sourceLine(lang: Lang, indicator: { readonly source: string; readonly year: string }): string {
  const credit = [indicator.source, indicator.year].filter(Boolean).join(', ')
  return credit && labelled(lang, TEXTS[lang].source, credit)
}

import type { Lang } from '../locale.js'
import { labelled } from './rules.js'
import { TEXTS } from './table.js'

/** « Source : Insee, 2019 »: the source and the year the widgets credit under their content. */
export function sourceLine(lang: Lang, source: string, year: string): string {
  return labelled(lang, TEXTS[lang].source, [source, year].filter(Boolean).join(', '))
}

import { nameCollator, type Lang } from '../../core/locale.js'
import type { IndicatorTable } from '../../core/indicator-table.js'
import { capitalise, counted, labelled } from '../../core/text/rules.js'
import { TEXTS } from '../../core/text/table.js'
import { valueText } from '../../core/text/value-text.js'

/**
 * The generated summary read before the map: indicator and year, the territories at the minimum and
 * the maximum, and how many have no value — over the territories drawn (`codes`, with their names).
 * Ties name the first territory by name and count the others.
 */
export function summaryText(table: IndicatorTable, territories: readonly { code: string; name: string }[], area: string, lang: Lang): string {
  const t = TEXTS[lang].map
  const levels = TEXTS[lang].levels[table.level]
  const { label, year } = table.indicator
  const head = `${label}${year ? `, ${year}` : ''} — ${area}, ${counted(lang, territories.length, levels)}.`
  // Two passes over the territories (35,000 communes): the count without value and the extremes, then the
  // names at each extreme, in the territories' order. `Math.min`, `Math.max` as over the whole list.
  let missing = 0
  let count = 0
  let lo = Infinity
  let hi = -Infinity
  for (const { code } of territories) {
    const { status, value } = table.get(code)
    if (status !== 'ok') missing++
    if (value !== null) count++, (lo = Math.min(lo, value)), (hi = Math.max(hi, value))
  }
  const parts = [head]
  if (count > 0) {
    const atLo: string[] = []
    const atHi: string[] = []
    for (const { code, name } of territories) {
      const { value } = table.get(code)
      if (value === lo) atLo.push(name)
      if (value === hi) atHi.push(name)
    }
    const at = (names: string[]) => {
      // A tie only needs the collator (the first name in the language's order).
      if (names.length > 1) names.sort(nameCollator(lang).compare)
      return `${names[0]}${names.length > 1 ? t.summary.and(counted(lang, names.length - 1, t.summary.others)) : ''}`
    }
    const text = (v: number) => valueText({ value: v, status: 'ok', raw: v }, table.indicator, lang)
    parts.push(`${labelled(lang, t.summary.min, text(lo))} (${at(atLo)}).`, `${labelled(lang, t.summary.max, text(hi))} (${at(atHi)}).`)
  } else if (missing === territories.length) {
    parts.push(`${t.summary.noValue}.`)
  }
  if (missing > 0) parts.push(`${capitalise(t.summary.missing(counted(lang, missing, levels)))}.`)
  return parts.join(' ')
}

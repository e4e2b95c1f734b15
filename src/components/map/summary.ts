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
  const missing = territories.filter(({ code }) => table.get(code).status !== 'ok').length
  const withValue = territories.filter(({ code }) => table.get(code).value !== null)
  const parts = [head]
  if (withValue.length > 0) {
    const value = (code: string) => table.get(code).value!
    const lo = Math.min(...withValue.map((x) => value(x.code)))
    const hi = Math.max(...withValue.map((x) => value(x.code)))
    const at = (v: number) => {
      const names = withValue.filter((x) => value(x.code) === v).map((x) => x.name)
      // A tie only needs the collator (the first name in the language's order).
      if (names.length > 1) names.sort(nameCollator(lang).compare)
      return `${names[0]}${names.length > 1 ? t.summary.and(counted(lang, names.length - 1, t.summary.others)) : ''}`
    }
    const text = (v: number) => valueText({ value: v, status: 'ok', raw: v }, table.indicator, lang)
    parts.push(`${labelled(lang, t.summary.min, text(lo))} (${at(lo)}).`, `${labelled(lang, t.summary.max, text(hi))} (${at(hi)}).`)
  } else if (missing === territories.length) {
    parts.push(`${t.summary.noValue}.`)
  }
  if (missing > 0) parts.push(`${capitalise(t.summary.missing(counted(lang, missing, levels)))}.`)
  return parts.join(' ')
}

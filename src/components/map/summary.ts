import type { Lang } from '../../core/locale.js'
import type { IndicatorTable } from '../../core/indicator-table.js'
import { LEVEL_LABELS } from '../../core/messages.js'
import { TEXTS } from './texts.js'
import { valueText } from './tooltip-text.js'

/**
 * The generated summary read before the map: indicator and year, the territories at the minimum and
 * the maximum, and how many have no value — over the territories drawn (`codes`, with their names).
 * Ties name the first territory by name and count the others.
 */
export function summaryText(table: IndicatorTable, territories: readonly { code: string; name: string }[], area: string, lang: Lang): string {
  const t = TEXTS[lang]
  const levels = LEVEL_LABELS[lang][table.level]
  const { label, year } = table.indicator
  const head = `${label}${year ? `, ${year}` : ''} — ${area}, ${territories.length} ${territories.length === 1 ? levels[0] : levels[1]}.`
  const missing = territories.filter(({ code }) => table.get(code).status !== 'ok').length
  const withValue = territories.filter(({ code }) => table.get(code).value !== null)
  const parts = [head]
  if (withValue.length > 0) {
    const value = (code: string) => table.get(code).value!
    const lo = Math.min(...withValue.map((x) => value(x.code)))
    const hi = Math.max(...withValue.map((x) => value(x.code)))
    const at = (v: number) => {
      const names = withValue.filter((x) => value(x.code) === v).map((x) => x.name).sort((a, b) => a.localeCompare(b, lang))
      return `${names[0]}${names.length > 1 ? t.summary.and(names.length - 1) : ''}`
    }
    const text = (v: number) => valueText({ value: v, status: 'ok', raw: v }, table.indicator, lang)
    parts.push(`${t.summary.min}${colon(lang)} ${text(lo)} (${at(lo)}).`, `${t.summary.max}${colon(lang)} ${text(hi)} (${at(hi)}).`)
  } else if (missing === territories.length) {
    parts.push(`${t.summary.noValue}.`)
  }
  if (missing > 0) parts.push(`${capitalise(t.summary.missing(missing, levels))}.`)
  return parts.join(' ')
}

function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':'
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

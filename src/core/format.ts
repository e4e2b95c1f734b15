import { localeTag, type Lang } from './locale.js'
import { TEXTS } from './text/table.js'

const cache = new Map<string, Intl.NumberFormat>()

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`
  let f = cache.get(key)
  if (!f) cache.set(key, (f = new Intl.NumberFormat(localeTag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })))
  return f
}

/**
 * Formats a number the French way by default: `12 345,6 €`, `2,1 %`. The unit follows after a
 * no-break space. `digits` default: 0 for |value| ≥ 100, 1 below, 2 below 1.
 */
export function formatNumber(value: number, options: { lang?: Lang; digits?: number; unit?: string } = {}): string {
  const lang = options.lang ?? 'fr'
  const digits = options.digits ?? defaultDigits(value)
  const text = formatter(lang, digits).format(value)
  const unit = options.unit ?? ''
  if (unit === '') return text
  return lang === 'en' && unit === '%' ? `${text}%` : `${text}\u00a0${unit}`
}

/** Decimals that show a value without false precision. */
export function defaultDigits(value: number): number {
  const a = Math.abs(value)
  if (a === 0 || a >= 100) return 0
  return a >= 1 ? 1 : 2
}

/** `3ᵉ sur 101` / `3rd of 101`; `1ᵉʳ` in French. */
export function formatRank(rank: number, total: number, lang: Lang = 'fr'): string {
  return TEXTS[lang].rank(rank, total)
}

import { localeTag, type Lang } from './locale.js'
import { TEXTS } from './text/table.js'

/**
 * `value` with `digits` decimals as Intl.NumberFormat prints it in fr-FR and en-GB, without building
 * one: the page's first number format costs 30–90 ms (the browser loads its number data), in the task
 * that draws the first widget. Intl rounds the shortest decimal that reads back as the value (what
 * `String` writes: 1.005 → « 1,01 », where `toFixed` gives 1.00) half away from zero; so does this,
 * on its digits. `String` writes an exponent below 1e-6 and from 1e21, and NaN and ±∞: Intl then.
 */
function fixed(value: number, lang: Lang, digits: number): string {
  const text = String(Math.abs(value))
  // A count of digits that is not a whole number from 0 (a caller's mistake): Intl's rounding or RangeError, as before.
  if (!/^[\d.]+$/.test(text) || !(digits >= 0) || digits % 1) return value.toLocaleString(localeTag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })
  const [whole, fraction = ''] = text.split('.')
  const kept = String(BigInt(whole! + fraction.padEnd(digits, '0').slice(0, digits)) + (fraction[digits]! >= '5' ? 1n : 0n)).padStart(digits + 1, '0')
  const fr = lang === 'fr'
  const cut = kept.length - digits
  // Intl keeps the sign of a negative value that rounds to zero (« -0,0 »), -0 included.
  return `${1 / value < 0 ? '-' : ''}${kept.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, fr ? '\u202f' : ',')}${digits ? (fr ? ',' : '.') + kept.slice(cut) : ''}`
}

/**
 * Formats a number the French way by default: `12 345,6 €`, `2,1 %`. The unit follows after a
 * no-break space. `digits` default: 0 for |value| ≥ 100, 1 below, 2 below 1.
 */
export function formatNumber(value: number, options: { lang?: Lang; digits?: number; unit?: string } = {}): string {
  const lang = options.lang ?? 'fr'
  const digits = options.digits ?? defaultDigits(value)
  const text = fixed(value, lang, digits)
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

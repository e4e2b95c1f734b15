import { describe, expect, it } from 'vitest'
import { defaultDigits, formatNumber, formatRank } from '../../src/core/format.js'

describe('formatNumber', () => {
  it('defaults to French, with digits chosen from the magnitude', () => {
    expect(formatNumber(12345.6, { digits: 1, unit: '€' })).toBe('12\u202f345,6\u00a0€')
    expect(formatNumber(2.14, { unit: '%' })).toBe('2,1\u00a0%')
    expect(formatNumber(1234)).toBe('1\u202f234')
    expect(defaultDigits(0.5)).toBe(2)
  })
  it('speaks English on request', () => {
    expect(formatNumber(12345.6, { digits: 1, lang: 'en', unit: '%' })).toBe('12,345.6%')
  })

  // The map formats numbers without building an Intl.NumberFormat (30–90 ms for a page's first one):
  // what it prints must be what Intl prints, the rounding of the value's shortest decimal included.
  const intl = (value: number, lang: 'fr' | 'en', digits: number) =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)

  it('prints what Intl.NumberFormat prints, halves of the shortest decimal rounded away from zero', () => {
    // toFixed would give 1,00 and 999 999,9 (it rounds the binary value): Intl reads 1.005 and 999999.95.
    expect(formatNumber(1.005, { digits: 2 })).toBe('1,01')
    expect(formatNumber(999999.95, { digits: 1 })).toBe('1\u202f000\u202f000,0')
    expect(formatNumber(-2.5, { digits: 0 })).toBe('-3')
    // The sign of a negative value that rounds to zero stays, as in Intl.
    expect(formatNumber(-0.001, { digits: 1 })).toBe('-0,0')
    expect(formatNumber(-0, { digits: 0 })).toBe(intl(-0, 'fr', 0))
    // Exponent notation (below 1e-6, from 1e21), NaN and infinities: Intl's own text.
    for (const value of [5e-7, -3e-8, 1e21, 123e25, NaN, Infinity, -Infinity]) {
      for (const lang of ['fr', 'en'] as const) expect(formatNumber(value, { lang, digits: 6 })).toBe(intl(value, lang, 6))
    }
    // A count of digits that is not a whole number from 0: what Intl does with it (never ten times less).
    expect(formatNumber(12.345, { digits: 2.5 })).toBe(intl(12.345, 'fr', 2.5))
    expect(() => formatNumber(12.345, { digits: -1 })).toThrow(RangeError)
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 4000; i++) {
      const value = (random() - 0.3) * 10 ** Math.floor(random() * 20 - 5)
      const decimal = Math.round(random() * 1e6) / 1000
      for (const v of [value, decimal, -decimal]) {
        for (const lang of ['fr', 'en'] as const) {
          const digits = i % 7
          expect(formatNumber(v, { lang, digits })).toBe(intl(v, lang, digits))
        }
      }
    }
  })
})

describe('formatRank', () => {
  it('uses French ordinals', () => {
    expect(formatRank(1, 101)).toBe('1ᵉʳ sur 101')
    expect(formatRank(3, 101)).toBe('3ᵉ sur 101')
    expect(formatRank(22, 101, 'en')).toBe('22nd of 101')
    expect(formatRank(12, 101, 'en')).toBe('12th of 101')
  })
})

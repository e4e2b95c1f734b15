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
})

describe('formatRank', () => {
  it('uses French ordinals', () => {
    expect(formatRank(1, 101)).toBe('1ᵉʳ sur 101')
    expect(formatRank(3, 101)).toBe('3ᵉ sur 101')
    expect(formatRank(22, 101, 'en')).toBe('22nd of 101')
    expect(formatRank(12, 101, 'en')).toBe('12th of 101')
  })
})

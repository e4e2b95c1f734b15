import { describe, expect, it } from 'vitest'
import { decimalEvidence, parseNumber } from '../../../data-adapters/join/numbers.js'

describe('decimalEvidence', () => {
  it('gives no evidence for integers and non-numbers', () => {
    for (const v of ['12', '-3', '1 234', 'abc', '1e3']) expect(decimalEvidence(v)).toBeUndefined()
  })

  it('sees a decimal separator where it cannot group thousands', () => {
    expect(decimalEvidence('12,5')).toBe(',')
    expect(decimalEvidence('12.5')).toBe('.')
    expect(decimalEvidence('0,125')).toBe(',') // a group never follows a lone 0
    expect(decimalEvidence('1234.567')).toBe('.') // more than 3 digits before
    expect(decimalEvidence('1 234,567')).toBe(',') // spaces group, so the comma is decimal
    expect(decimalEvidence('1.234,5')).toBe(',')
    expect(decimalEvidence('1,234,567')).toBe('.')
  })

  it('calls 1,234 and 1.234 ambiguous', () => {
    expect(decimalEvidence('1,234')).toBe('ambiguous')
    expect(decimalEvidence('-123.456')).toBe('ambiguous')
  })
})

describe('parseNumber', () => {
  it('reads integers whatever the decimal separator', () => {
    expect(parseNumber('-3', undefined)).toBe(-3)
    expect(parseNumber('0', ',')).toBe(0)
    expect(parseNumber('\u22125', '.')).toBe(-5)
  })

  it('reads French and English decimals', () => {
    expect(parseNumber('12,5', ',')).toBe(12.5)
    expect(parseNumber('12.5', '.')).toBe(12.5)
    expect(parseNumber('-0,75', ',')).toBe(-0.75)
  })

  it('reads space, no-break space and narrow no-break space groups', () => {
    expect(parseNumber('1 234,5', ',')).toBe(1234.5)
    expect(parseNumber('1\u00A0234\u00A0567', undefined)).toBe(1234567)
    expect(parseNumber('1\u202F234,5', ',')).toBe(1234.5)
  })

  it('reads the other separator as thousands once the decimal one is known', () => {
    expect(parseNumber('1,234', '.')).toBe(1234)
    expect(parseNumber('1.234', ',')).toBe(1234)
    expect(parseNumber('1,234', ',')).toBe(1.234)
    expect(parseNumber('1.234,5', ',')).toBe(1234.5)
    expect(parseNumber('1,234,567.5', '.')).toBe(1234567.5)
  })

  it('never guesses: ambiguous without a decided separator, malformed groups, other notations', () => {
    expect(parseNumber('1,234', undefined)).toBeUndefined()
    expect(parseNumber('12,34', '.')).toBeUndefined() // a comma in a point column that cannot be a group
    expect(parseNumber('1 234.5', ',')).toBeUndefined()
    expect(parseNumber('1.234.5', '.')).toBeUndefined()
    for (const v of ['1e3', '0x1A', 'Infinity', '-Infinity', 'NaN', '12 %', '1 23', '.5', '']) expect(parseNumber(v, '.')).toBeUndefined()
  })
})

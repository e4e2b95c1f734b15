import { describe, expect, it } from 'vitest'
import { toQuantity, voteDecimal } from '../../../data-adapters/join/cells.js'
import { toCategory } from '../../../data-adapters/join/categorical.js'

const rowNumber = (i: number): number => i + 2

describe('voteDecimal', () => {
  it('decides nothing for a column of integers', () => {
    expect(voteDecimal(['1', '2', 3, null], 'v', 's.csv', rowNumber)).toEqual({ decimal: undefined, ambiguous: undefined })
  })

  it('takes the separator some value shows, and notes the first ambiguous value', () => {
    expect(voteDecimal(['1,234', '12,5'], 'v', 's.csv', rowNumber)).toEqual({ decimal: ',', ambiguous: 0 })
    expect(voteDecimal(['1,234'], 'v', 's.csv', rowNumber)).toEqual({ decimal: undefined, ambiguous: 0 })
  })

  it('fails on a column mixing both, naming the column and one row of each', () => {
    expect(() => voteDecimal(['12,5', '3', '2.25'], 'Total', 's.csv', rowNumber)).toThrow('s.csv: column "Total": mixes "," and "." as decimal separator (row 2: "12,5", row 4: "2.25")')
  })
})

describe('toQuantity', () => {
  it('keeps finite numbers and zero', () => {
    expect(toQuantity(0, undefined)).toEqual({ value: 0, status: 'ok' })
    expect(toQuantity('0', undefined)).toEqual({ value: 0, status: 'ok' })
    expect(toQuantity(' 12,5 ', ',')).toEqual({ value: 12.5, status: 'ok' })
  })

  it('flags markers with their reason, never 0', () => {
    expect(toQuantity('s', undefined)).toEqual({ value: null, status: 'secret' })
    expect(toQuantity('', undefined)).toEqual({ value: null, status: 'not-available' })
    expect(toQuantity(null, undefined)).toEqual({ value: null, status: 'not-available' })
    expect(toQuantity(undefined, undefined)).toEqual({ value: null, status: 'not-available' })
  })

  it('flags what is not a number as invalid', () => {
    for (const v of ['1e3', '0x1A', 'Infinity', Infinity, Number.NaN, true, { a: 1 }, 'douze']) expect(toQuantity(v, '.')).toEqual({ value: null, status: 'invalid' })
  })
})

describe('toCategory', () => {
  it('trims text and keeps numbers and booleans as text', () => {
    expect(toCategory(' Très peu dense ')).toEqual({ category: 'Très peu dense', status: 'ok' })
    expect(toCategory(3)).toEqual({ category: '3', status: 'ok' })
    expect(toCategory(true)).toEqual({ category: 'true', status: 'ok' })
  })

  it('reads markers and nulls as missing, objects as invalid', () => {
    expect(toCategory('')).toEqual({ category: undefined, status: 'not-available' })
    expect(toCategory('s')).toEqual({ category: undefined, status: 'secret' })
    expect(toCategory(null)).toEqual({ category: undefined, status: 'not-available' })
    expect(toCategory([1])).toEqual({ category: undefined, status: 'invalid' })
  })
})

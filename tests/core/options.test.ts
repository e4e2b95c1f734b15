import { describe, expect, it } from 'vitest'
import { boolean, fn, integer, invalid, number, numberList, numberPair, OptionError, oneOf, string, stringRecord } from '../../src/core/options.js'

describe('option helpers', () => {
  it('return the fallback when the option or attribute is absent', () => {
    expect(oneOf('method', undefined, ['a', 'b'], 'a')).toBe('a')
    expect(oneOf('method', null, ['a', 'b'])).toBeUndefined()
    expect(integer('classes', null, 5)).toBe(5)
    expect(number('scale', undefined, 1)).toBe(1)
    expect(string('label', undefined, 'x')).toBe('x')
    expect(boolean('padCodes', undefined, false)).toBe(false)
    expect(numberList('breaks', undefined)).toBeUndefined()
    expect(stringRecord('filter', undefined)).toBeUndefined()
  })

  it('throw `invalid <name>: <value>` as an OptionError carrying the option', () => {
    expect(() => invalid('level', 'pays')).toThrow('invalid level: "pays"')
    try {
      oneOf('level', 'pays', ['region', 'departement'])
    } catch (e) {
      expect(e).toBeInstanceOf(OptionError)
      expect((e as OptionError).option).toBe('level')
      expect((e as OptionError).message).toBe('invalid level: "pays" (expected one of region, departement)')
      // What a widget says it from, in its language: code, option, value, reason and its parameters.
      expect([(e as OptionError).code, (e as OptionError).params]).toEqual(['invalid', { option: 'level', value: 'pays', reason: 'expected one of {0}', args: ['region, departement'] }])
    }
    expect((() => { try { invalid('x', 1) } catch (e) { return (e as OptionError).params } })()).toEqual({ option: 'x', value: 1, reason: undefined, args: [] })
  })

  it('accept attribute text and numbers alike, and refuse forms that are not plain decimals', () => {
    expect(integer('classes', '7')).toBe(7)
    expect(number('scale', '1000')).toBe(1000)
    expect(number('scale', '-2.5')).toBe(-2.5)
    for (const bad of ['1e3', '0x1A', 'Infinity', '1,5', '', 'abc']) expect(() => number('scale', bad)).toThrow(`invalid scale: ${JSON.stringify(bad)}`)
    expect(() => number('scale', Number.NaN)).toThrow('invalid scale')
    expect(() => integer('classes', '5.5')).toThrow('expected an integer')
    expect(() => integer('classes', 12, 5, { min: 3, max: 9 })).toThrow('invalid classes: 12 (expected at most 9)')
  })

  it('read booleans the HTML way', () => {
    expect(boolean('padCodes', '')).toBe(true)
    expect(boolean('padCodes', 'true')).toBe(true)
    expect(boolean('padCodes', 'false')).toBe(false)
    expect(() => boolean('padCodes', 'oui')).toThrow('invalid padCodes: "oui"')
  })

  it('read increasing number lists from arrays and attribute text', () => {
    expect(numberList('breaks', '1.5, 3,10')).toEqual([1.5, 3, 10])
    expect(numberList('breaks', [1, 2])).toEqual([1, 2])
    expect(() => numberList('breaks', '3, 1')).toThrow('expected increasing numbers')
    expect(() => numberList('breaks', 'a, b')).toThrow('invalid breaks')
  })

  it('read key=value records for filters', () => {
    expect(stringRecord('filter', 'Secteur=Archives; Année = 2019')).toEqual({ Secteur: 'Archives', Année: '2019' })
    expect(stringRecord('filter', { Secteur: 'Archives', n: 3 })).toEqual({ Secteur: 'Archives', n: '3' })
    expect(() => stringRecord('filter', 'Secteur')).toThrow('invalid filter: "Secteur"')
  })

  it('check functions', () => {
    const f = () => 1
    expect(fn('value', f)).toBe(f)
    expect(() => fn('value', 'x')).toThrow('invalid value: "x" (expected a function)')
  })
})

describe('numberPair', () => {
  it('is undefined when not given; reads two increasing numbers from an array or an attribute; names anything else', () => {
    expect(numberPair('range', undefined)).toBeUndefined()
    expect(numberPair('range', [0, 100])).toEqual([0, 100])
    expect(numberPair('range', '0; 100')).toEqual([0, 100])
    expect(() => numberPair('range', '0, 50, 100')).toThrow('invalid range: "0, 50, 100" (expected two numbers, lowest then highest)')
    expect(() => numberPair('range', [5])).toThrow(/invalid range: \[5\] \(expected two numbers/)
    expect(() => numberPair('range', '100, 0')).toThrow(/invalid range: "100, 0" \(expected increasing numbers\)/)
  })
})

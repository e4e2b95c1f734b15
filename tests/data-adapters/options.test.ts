import { describe, expect, it } from 'vitest'
import { checkJoinOptions } from '../../data-adapters/options.js'

const base = { level: 'departement', code: 'Code', value: 'Total' }

describe('checkJoinOptions', () => {
  it('fills in the defaults: scale 1, padCodes false, quantitative, no per/filter/aggregate/vintage', () => {
    const o = checkJoinOptions(base)
    expect(o).toEqual({ level: 'departement', code: 'Code', value: 'Total', scale: 1, padCodes: false, kind: 'quantitative' })
  })

  it('rejects an unknown level with the standard message', () => {
    expect(() => checkJoinOptions({ ...base, level: 'pays' })).toThrow('invalid level: "pays"')
    expect(() => checkJoinOptions({ code: 'Code', value: 'Total' })).toThrow('invalid level: undefined')
  })

  it('needs exactly one of code and name', () => {
    expect(() => checkJoinOptions({ level: 'region', value: 'v' })).toThrow(/invalid code: undefined \(give exactly one of code and name\)/)
    expect(() => checkJoinOptions({ level: 'region', code: 'c', name: 'n', value: 'v' })).toThrow('invalid name: "n"')
    expect(checkJoinOptions({ level: 'region', name: 'Région', value: 'v' }).name).toBe('Région')
  })

  it('takes value and per as a column or a function, nothing else', () => {
    const f = (): number => 1
    expect(checkJoinOptions({ ...base, value: f, per: f }).per).toBe(f)
    expect(() => checkJoinOptions({ ...base, value: 3 })).toThrow('invalid value: 3')
    expect(() => checkJoinOptions({ ...base, value: undefined })).toThrow('invalid value: undefined')
    expect(() => checkJoinOptions({ ...base, per: '' })).toThrow('invalid per: ""')
  })

  it('checks scale, aggregate, padCodes, kind and filter', () => {
    expect(checkJoinOptions({ ...base, scale: '1000' }).scale).toBe(1000)
    expect(() => checkJoinOptions({ ...base, scale: 0 })).toThrow('invalid scale: 0')
    expect(() => checkJoinOptions({ ...base, scale: '1e3' })).toThrow('invalid scale: "1e3"')
    expect(() => checkJoinOptions({ ...base, aggregate: 'avg' })).toThrow('invalid aggregate: "avg"')
    expect(() => checkJoinOptions({ ...base, padCodes: 'yes' })).toThrow('invalid padCodes: "yes"')
    expect(() => checkJoinOptions({ ...base, kind: 'ordinal' })).toThrow('invalid kind: "ordinal"')
    expect(checkJoinOptions({ ...base, filter: 'Secteur=Archives' }).filter).toEqual({ Secteur: 'Archives' })
    expect(() => checkJoinOptions({ ...base, filter: ['a'] })).toThrow('invalid filter')
  })

  it('reads declared missing markers: keys trimmed and lower-cased, each a missing status', () => {
    expect(checkJoinOptions(base).missing).toBeUndefined()
    expect(checkJoinOptions({ ...base, missing: { ' -1 ': 'not-available', ND: 'secret' } }).missing).toEqual({ '-1': 'not-available', nd: 'secret' })
    expect(checkJoinOptions({ ...base, missing: '-1=not-available; 9999=not-applicable' }).missing).toEqual({ '-1': 'not-available', '9999': 'not-applicable' })
    expect(() => checkJoinOptions({ ...base, missing: { '-1': 'zero' } })).toThrow('invalid missing["-1"]: "zero" (expected one of secret, not-available, not-applicable, invalid)')
  })

  it('refuses combinations that cannot make sense', () => {
    expect(() => checkJoinOptions({ ...base, kind: 'categorical', aggregate: 'sum' })).toThrow('invalid aggregate: "sum"')
    expect(checkJoinOptions({ ...base, kind: 'categorical', aggregate: 'first' }).aggregate).toBe('first')
    expect(() => checkJoinOptions({ ...base, kind: 'categorical', per: 'Population' })).toThrow('invalid per: "Population"')
    expect(() => checkJoinOptions({ ...base, vintage: 2018 })).toThrow('invalid vintage: 2018 (only commune codes have vintages)')
    expect(checkJoinOptions({ ...base, level: 'commune', vintage: 2018 }).vintage).toBe(2018)
    expect(() => checkJoinOptions({ ...base, level: 'commune', vintage: 18.5 })).toThrow('invalid vintage: 18.5')
  })

  it('names an option of the wrong type before a broken rule between options', () => {
    // Both code and name given (a rule) and a vintage that is no year (a type): the type is named.
    expect(() => checkJoinOptions({ ...base, name: 'Nom', vintage: 'x' })).toThrow('invalid vintage: "x"')
    expect(() => checkJoinOptions({ ...base, name: 'Nom', scale: 'x' })).toThrow('invalid scale: "x"')
  })

  it('checks the indicator metadata', () => {
    expect(checkJoinOptions({ ...base, indicator: { label: 'Dépenses', year: 2019, categories: ['a', 'b'] } }).indicator).toEqual({ label: 'Dépenses', year: '2019', categories: ['a', 'b'] })
    expect(() => checkJoinOptions({ ...base, indicator: { categories: 'a' } })).toThrow('invalid indicator.categories: "a"')
    expect(() => checkJoinOptions({ ...base, indicator: 'x' })).toThrow('invalid indicator: "x"')
    expect(() => checkJoinOptions(null)).toThrow('invalid options: null')
  })
})

import { describe, expect, it } from 'vitest'
import { checkIndicators, unionColumns } from '../../data-adapters/indicators.js'

describe('checkIndicators', () => {
  it('defaults: each indicator gets the join defaults (scale 1, quantitative, no padding) and the shared key', () => {
    const [a] = checkIndicators({ level: 'departement', code: 'Code' }, [{ value: 'A' }])
    expect(a).toEqual({ level: 'departement', code: 'Code', value: 'A', scale: 1, padCodes: false, kind: 'quantitative' })
  })

  it('lets an indicator override the shared per, scale and filter', () => {
    const joins = checkIndicators({ level: 'region', code: 'Code', per: 'Total', scale: 100 }, [{ value: 'A' }, { value: 'B', scale: 1000, filter: { Secteur: 'Musées' } }])
    expect(joins.map((j) => [j.value, j.per, j.scale, j.filter])).toEqual([
      ['A', 'Total', 100, undefined],
      ['B', 'Total', 1000, { Secteur: 'Musées' }],
    ])
  })

  it('names the indicator in errors, refuses an empty list and a per-indicator territory key', () => {
    expect(() => checkIndicators({ level: 'region', code: 'Code' }, [])).toThrow('invalid indicators: []')
    expect(() => checkIndicators({ level: 'region', code: 'Code' }, [{ value: 'A' }, { value: 'B', scale: 0 }])).toThrow('invalid indicators[1].scale: 0 (expected a non-zero number)')
    expect(() => checkIndicators({ level: 'region', code: 'Code' }, [{ value: 'A', code: 'Other' }])).toThrow('invalid indicators[0].code: "Other"')
    expect(() => checkIndicators({ level: 'region', code: 'Code' }, ['A'])).toThrow('invalid indicators[0]: "A" (expected an object)')
  })

  it('reads the union of the columns, or all of them when one join needs every column', () => {
    expect(unionColumns([['Code', 'A', 'Total'], ['Code', 'B', 'Total']])).toEqual(['Code', 'A', 'Total', 'B'])
    expect(unionColumns([['Code', 'A'], undefined])).toBeUndefined()
  })
})

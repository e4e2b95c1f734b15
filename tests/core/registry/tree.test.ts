import { beforeAll, describe, expect, it } from 'vitest'
import { children, parentOf, territories, territory } from '../../../src/core/registry/index.js'
import { loadRegistry } from './setup.js'

describe('children and parentOf', () => {
  it('lists the départements of a region, and none for an unknown code', () => {
    expect(children('region', '53', 'departement').map((d) => d.code).sort()).toEqual(['22', '29', '35', '56'])
    expect(children('region', '94', 'departement').map((d) => d.code).sort()).toEqual(['2A', '2B'])
    expect(children('region', '99', 'departement')).toEqual([])
  })

  it('rejects a child level that is not a subdivision', () => {
    expect(() => children('departement', '01', 'region')).toThrow('invalid childLevel: "region"')
    expect(() => children('epci', '200046977', 'departement')).toThrow('invalid childLevel')
  })

  it('finds the region of a département, nothing above a region', () => {
    const ain = territory('departement', '01')
    expect(ain && parentOf(ain, 'region')?.code).toBe('84')
    const region = territory('region', '84')
    expect(region && parentOf(region, 'region')).toBeUndefined()
    expect(ain && parentOf(ain, 'departement')).toBeUndefined()
  })

  describe('with communes and EPCI', () => {
    beforeAll(() => loadRegistry('epci'))

    it('lists communes of a département and of an EPCI, and EPCI touching a département', () => {
      const corse = children('departement', '2A', 'commune')
      expect(corse.length).toBeGreaterThan(100)
      expect(corse.every((c) => c.departement === '2A')).toBe(true)
      const lyon = children('epci', '200046977', 'commune')
      expect(lyon.map((c) => c.code)).toContain('69123')
      const rhone = children('departement', '69', 'epci').map((e) => e.code)
      expect(rhone).toContain('200046977')
      // Every commune of the département with an EPCI has it in the list.
      const expected = new Set(children('departement', '69', 'commune').map((c) => c.epci).filter(Boolean))
      expect(new Set(rhone)).toEqual(expected)
    })

    it('sums commune populations to the département population', () => {
      for (const d of territories('departement')) {
        const sum = children('departement', d.code, 'commune').reduce((s, c) => s + (c.population ?? 0), 0)
        expect(sum).toBe(d.population)
      }
    })

    it('finds the département and region of a commune', () => {
      const ajaccio = territory('commune', '2A004')
      expect(ajaccio && parentOf(ajaccio, 'departement')?.name).toBe('Corse-du-Sud')
      expect(ajaccio && parentOf(ajaccio, 'region')?.code).toBe('94')
    })
  })
})

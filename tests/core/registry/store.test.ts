import { describe, expect, it } from 'vitest'
import { isLoaded, territories, territory } from '../../../src/core/registry/index.js'

describe('registry store', () => {
  it('has regions and départements at once, communes and EPCI only once loaded', () => {
    expect(isLoaded('region')).toBe(true)
    expect(isLoaded('departement')).toBe(true)
    expect(isLoaded('commune')).toBe(false)
    expect(isLoaded('epci')).toBe(false)
    expect(() => territories('commune')).toThrow("commune registry not loaded: await loadTerritories('commune')")
    expect(() => territory('epci', '200054781')).toThrow("await loadTerritories('epci')")
  })

  it('rejects an unknown level by name', () => {
    expect(() => territories('canton' as 'region')).toThrow('invalid level: "canton"')
  })

  it('lists the 18 regions (13 metro + 5 DROM) and 101 départements (96 + 5), no COM', () => {
    const regions = territories('region')
    const deps = territories('departement')
    expect(regions).toHaveLength(18)
    expect(regions.filter((r) => r.zone === 'drom').map((r) => r.code).sort()).toEqual(['01', '02', '03', '04', '06'])
    expect(deps).toHaveLength(101)
    expect(deps.filter((d) => d.zone === 'drom').map((d) => d.code).sort()).toEqual(['971', '972', '973', '974', '976'])
    expect(territory('departement', '975')).toBeUndefined()
    expect(territory('departement', '2A')?.name).toBe('Corse-du-Sud')
    expect(territory('region', '84')?.name).toBe('Auvergne-Rhône-Alpes')
  })
})

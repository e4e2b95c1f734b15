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

  it('gives every département an existing region and every territory a chef-lieu of its own département', () => {
    const regionCodes = new Set(territories('region').map((r) => r.code))
    for (const d of territories('departement')) {
      expect(regionCodes.has(d.region ?? '')).toBe(true)
      // The chef-lieu's commune code starts with the département code (2A004 Ajaccio, 97411 Saint-Denis).
      expect(d.chefLieu?.startsWith(d.code)).toBe(true)
    }
    for (const r of territories('region')) expect(r.chefLieu).toMatch(/^(\d{5}|2[AB]\d{3})$/)
  })

  it('sums populations consistently: regions = their départements, France plausible', () => {
    const deps = territories('departement')
    for (const d of deps) expect(d.population).toBeGreaterThan(0)
    for (const r of territories('region')) {
      const sum = deps.filter((d) => d.region === r.code).reduce((s, d) => s + (d.population ?? 0), 0)
      expect(r.population).toBe(sum)
    }
    const france = territories('region').reduce((s, r) => s + (r.population ?? 0), 0)
    expect(france).toBe(deps.reduce((s, d) => s + (d.population ?? 0), 0))
    // INSEE: about 68 million inhabitants in metropolitan France and the DROM.
    expect(france).toBeGreaterThan(64_000_000)
    expect(france).toBeLessThan(70_000_000)
  })
})

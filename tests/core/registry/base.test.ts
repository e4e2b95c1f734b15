import { describe, expect, it } from 'vitest'
import { DEPARTEMENT_LIST, REGION_LIST } from '../../../src/core/registry/base.js'

describe('bundled regions and départements', () => {
  it('gives every département an existing region and every territory a chef-lieu of its own département', () => {
    const regionCodes = new Set(REGION_LIST.map((r) => r.code))
    for (const d of DEPARTEMENT_LIST) {
      expect(regionCodes.has(d.region ?? '')).toBe(true)
      // The chef-lieu's commune code starts with the département code (2A004 Ajaccio, 97411 Saint-Denis).
      expect(d.chefLieu?.startsWith(d.code)).toBe(true)
    }
    for (const r of REGION_LIST) expect(r.chefLieu).toMatch(/^(\d{5}|2[AB]\d{3})$/)
  })

  it('sums populations consistently: regions = their départements, France plausible', () => {
    const deps = DEPARTEMENT_LIST
    for (const d of deps) expect(d.population).toBeGreaterThan(0)
    for (const r of REGION_LIST) {
      const sum = deps.filter((d) => d.region === r.code).reduce((s, d) => s + (d.population ?? 0), 0)
      expect(r.population).toBe(sum)
    }
    const france = REGION_LIST.reduce((s, r) => s + (r.population ?? 0), 0)
    expect(france).toBe(deps.reduce((s, d) => s + (d.population ?? 0), 0))
    // INSEE: about 68 million inhabitants in metropolitan France and the DROM.
    expect(france).toBeGreaterThan(64_000_000)
    expect(france).toBeLessThan(70_000_000)
  })

  it('freezes the territories shared by every widget', () => {
    expect(Object.isFrozen(REGION_LIST[0])).toBe(true)
    expect(Object.isFrozen(DEPARTEMENT_LIST[0])).toBe(true)
  })
})

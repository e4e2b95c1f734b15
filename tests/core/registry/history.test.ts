import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { arrondissementCommune, currentCommuneCode, splitCommune } from '../../../src/core/registry/index.js'
import { DIST, loadRegistry } from './setup.js'

const require = createRequire(import.meta.url)
type Source = { code: string; type: string; zone: string; anciensCodes?: string[]; chefLieu?: string }
const source = require('@etalab/decoupage-administratif/data/communes.json') as Source[]
const current = source.filter((c) => c.type === 'commune-actuelle' && c.zone !== 'com')

describe('currentCommuneCode', () => {
  it('needs the commune registry', () => {
    expect(() => currentCommuneCode('01053')).toThrow("await loadTerritories('commune')")
  })

  describe('once loaded', () => {
    beforeAll(() => loadRegistry('commune'))

    it('keeps a current code', () => {
      expect(currentCommuneCode('01053')).toBe('01053')
    })

    it('maps every old code listed in anciensCodes to its current commune, except codes reused since', () => {
      const codes = new Set(current.map((c) => c.code))
      let checked = 0
      for (const c of current)
        for (const old of c.anciensCodes ?? []) {
          if (codes.has(old)) continue
          const now = currentCommuneCode(old)
          // An old commune split between two current ones has no single successor.
          if (now !== undefined) expect(now).toBe(c.code)
          checked++
        }
      expect(checked).toBeGreaterThan(1000)
      // 2019: Arbignieu (01015) and Saint-Bois (01340) merged into Arboys en Bugey (01015).
      expect(currentCommuneCode('01340')).toBe('01015')
    })

    it('maps communes déléguées and associées to their commune', () => {
      const deleguee = source.find((c) => c.type === 'commune-deleguee' && c.zone === 'metro' && c.chefLieu !== c.code)
      expect(deleguee).toBeDefined()
      expect(currentCommuneCode(deleguee?.code ?? '')).toBe(deleguee?.chefLieu)
    })

    it('gives no successor to an old commune split between two current ones', () => {
      // 55273 Lamarche-en-Woëvre: listed as an old code of 55245 and as associated with 55386.
      expect(currentCommuneCode('55273')).toBeUndefined()
      expect(splitCommune('55273')).toEqual(['55245', '55386'])
      expect(splitCommune('01340')).toEqual([])
    })

    it('maps arrondissements municipaux to their city, and says which codes are arrondissements', () => {
      expect(currentCommuneCode('75104')).toBe('75056')
      expect(currentCommuneCode('69381')).toBe('69123')
      expect(currentCommuneCode('13201')).toBe('13055')
      expect(arrondissementCommune('75104')).toBe('75056')
      expect(arrondissementCommune('01340')).toBeUndefined()
    })

    it('translates every commune code of the shipped 2018 geometry but those split since', () => {
      const dir = new URL('../../shared/geo/admin-express-cog-2018/communes/', DIST)
      const codes = readdirSync(dir).flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/"code":\s*"([^"]+)"/g)].map((m) => m[1] ?? ''))
      expect(codes.length).toBeGreaterThan(35_000)
      const untranslated = codes.filter((code) => currentCommuneCode(code) === undefined)
      // Split: listed as an old code of one current commune and as déléguée/associée of another.
      const split = (code: string) => {
        const heirs = new Set([
          ...current.filter((c) => c.anciensCodes?.includes(code)).map((c) => c.code),
          ...source.filter((c) => c.code === code && c.chefLieu).map((c) => c.chefLieu),
        ])
        return heirs.size > 1
      }
      expect(untranslated.filter((code) => !split(code))).toEqual([])
      expect(untranslated.length).toBeLessThan(5)
    })

    it('returns undefined for unknown codes', () => {
      expect(currentCommuneCode('99999')).toBeUndefined()
      expect(currentCommuneCode('1053')).toBeUndefined()
    })
  })
})

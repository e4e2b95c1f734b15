import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { findByName, normalizeName } from '../../../src/core/registry/index.js'
import { DIST, loadRegistry } from './setup.js'

const deps = new URL('../../shared/data/deps/depenses-du-ministere-de-la-culture/', DIST)
const firstColumn = (file: string) =>
  readFileSync(new URL(file, deps), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',')[0] ?? '')

describe('normalizeName', () => {
  it('ignores accents, case, hyphens, apostrophes and spaces', () => {
    expect(normalizeName('cotes d armor')).toBe(normalizeName("Côtes-d'Armor"))
    expect(normalizeName('PROVENCE ALPES COTE D’AZUR')).toBe(normalizeName("Provence-Alpes-Côte d'Azur"))
    expect(normalizeName('ile de france')).toBe(normalizeName('Île-de-France'))
    expect(normalizeName('Lœuilly')).toBe(normalizeName('Loeuilly'))
  })

  it('equates Saint with St and Sainte with Ste, as whole words only', () => {
    expect(normalizeName('St Etienne')).toBe(normalizeName('Saint-Étienne'))
    expect(normalizeName('Ste-Maxime')).toBe(normalizeName('Sainte-Maxime'))
    expect(normalizeName('Stenay')).not.toBe(normalizeName('Saint-Enay'))
    expect(normalizeName('Sainte-Marie')).not.toBe(normalizeName('Saint-Marie'))
  })

  it('keeps distinct names distinct', () => {
    expect(normalizeName('Haute-Loire')).not.toBe(normalizeName('Loire'))
    expect(normalizeName('Loir-et-Cher')).not.toBe(normalizeName('Loire-et-Cher'))
  })
})

describe('findByName', () => {
  it('finds regions and départements written loosely', () => {
    expect(findByName('departement', 'cotes d armor').map((t) => t.code)).toEqual(['22'])
    expect(findByName('region', "PROVENCE ALPES COTE D'AZUR").map((t) => t.code)).toEqual(['93'])
    expect(findByName('departement', 'Territoire-de-Belfort').map((t) => t.code)).toEqual(['90'])
    expect(findByName('region', 'Atlantis')).toEqual([])
  })

  it('resolves every name of the Deps tables to exactly one territory', () => {
    for (const [file, level] of [
      ['region.csv', 'region'],
      ['departement.csv', 'departement'],
    ] as const) {
      const names = firstColumn(file)
      expect(names.length).toBe(level === 'region' ? 18 : 101)
      const codes = names.map((name) => {
        const found = findByName(level, name)
        expect(found, `${file}: ${name}`).toHaveLength(1)
        return found[0]?.code
      })
      expect(new Set(codes).size).toBe(names.length)
    }
  })

  it('needs the commune registry for communes', () => {
    expect(() => findByName('commune', 'Lyon')).toThrow("await loadTerritories('commune')")
  })

  describe('on communes', () => {
    beforeAll(() => loadRegistry('commune'))

    it('finds Saint-Étienne from St Etienne, and reports homonyms as several matches', () => {
      expect(findByName('commune', 'St Etienne').map((t) => t.code)).toEqual(['42218'])
      const homonyms = findByName('commune', 'Saint-Denis')
      expect(homonyms.length).toBeGreaterThan(1)
      expect(homonyms.map((t) => t.code)).toContain('97411')
    })
  })
})

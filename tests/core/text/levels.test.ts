import { describe, expect, it } from 'vitest'
import { levelNames, LEVELS, OptionError } from '../../../src/index.js'
import { TEXTS } from '../../../src/core/text/table.js'

describe('levelNames (public)', () => {
  it('defaults: French, singular and plural of every level', () => {
    expect(levelNames()).toEqual({
      region: ['région', 'régions'],
      departement: ['département', 'départements'],
      epci: ['EPCI', 'EPCI'],
      commune: ['commune', 'communes'],
    })
    expect(Object.keys(levelNames()).sort()).toEqual([...LEVELS].sort())
  })

  it('in English, and the very words the widgets write in each language', () => {
    expect(levelNames('en').region).toEqual(['region', 'regions'])
    expect(levelNames('en').epci).toEqual(['EPCI', 'EPCIs'])
    for (const lang of ['fr', 'en'] as const) expect(levelNames(lang)).toEqual(TEXTS[lang].levels)
  })

  it('gives a copy: changing it changes no widget text', () => {
    const names = levelNames('fr')
    names.region[0] = 'zone'
    names.commune = ['x', 'y']
    expect(levelNames('fr').region[0]).toBe('région')
    expect(TEXTS.fr.levels.region[0]).toBe('région')
    expect(TEXTS.fr.levels.commune).toEqual(['commune', 'communes'])
  })

  it('refuses a language it does not have, rather than answering in French', () => {
    expect(() => levelNames('de' as 'fr')).toThrow(OptionError)
    expect(() => levelNames('de' as 'fr')).toThrow(/lang/)
  })
})

import { describe, expect, it } from 'vitest'
import { TABLE_TEXTS } from '../../../src/core/text/comparison.js'
import { languageReady, TEXTS } from '../../../src/core/text/table.js'
import { PORTRAIT_TEXTS } from '../../../src/core/text/portrait.js'
import { RANKING_TEXTS } from '../../../src/core/text/ranking.js'

/** Every key path of a table, functions as leaves. */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k))
}

describe('text tables', () => {
  it('has French first and English, with the same entries', () => {
    expect(Object.keys(TEXTS)).toEqual(['fr', 'en'])
    expect(paths(TEXTS.en)).toEqual(paths(TEXTS.fr))
    // Widget sections kept in modules of their own (so a map page does not load them) too.
    expect(Object.keys(RANKING_TEXTS)).toEqual(['fr', 'en'])
    expect(paths(RANKING_TEXTS.en)).toEqual(paths(RANKING_TEXTS.fr))
    expect(Object.keys(TABLE_TEXTS)).toEqual(['fr', 'en'])
    expect(paths(TABLE_TEXTS.en)).toEqual(paths(TABLE_TEXTS.fr))
    expect(Object.keys(PORTRAIT_TEXTS)).toEqual(['fr', 'en'])
    expect(paths(PORTRAIT_TEXTS.en)).toEqual(paths(PORTRAIT_TEXTS.fr))
  })

  it('has every language from the start for npm users (the script tag fetches English on demand)', async () => {
    await expect(languageReady('en')).resolves.toBeUndefined()
    expect(TEXTS.en.legend).toBe('Legend')
  })

  it('has one name per classification method, shared by the legend and the export', () => {
    expect(TEXTS.fr.methods.manual).toBe('Seuils manuels')
    expect(TEXTS.en.methods.manual).toBe('Manual thresholds')
  })

  it('writes ranks the way each language does', () => {
    expect([1, 2, 45].map((r) => TEXTS.fr.rank(r, 101))).toEqual(['1ᵉʳ sur 101', '2ᵉ sur 101', '45ᵉ sur 101'])
    expect([1, 2, 3, 11, 22].map((r) => TEXTS.en.rank(r, 101))).toEqual(['1st of 101', '2nd of 101', '3rd of 101', '11th of 101', '22nd of 101'])
  })

  it('says a shared rank « ex æquo » / « tied »', () => {
    expect([1, 3].map((r) => RANKING_TEXTS.fr.tied(r, 101))).toEqual(['1ᵉʳ ex æquo sur 101', '3ᵉ ex æquo sur 101'])
    expect([1, 12].map((r) => RANKING_TEXTS.en.tied(r, 101))).toEqual(['tied 1st of 101', 'tied 12th of 101'])
  })

})

import { describe, expect, it } from 'vitest'
import { localeTag, nameCollator } from '../../src/core/locale.js'

describe('locale', () => {
  it('formats French numbers in fr-FR and English ones in en-GB', () => {
    expect([localeTag('fr'), localeTag('en')]).toEqual(['fr-FR', 'en-GB'])
  })

  it('sorts territory names accents and case aside, with one collator per language', () => {
    const names = ['Normandie', 'Île-de-France', 'Hauts-de-France', 'Auvergne-Rhône-Alpes', 'Grand Est']
    expect([...names].sort(nameCollator('fr').compare)).toEqual(['Auvergne-Rhône-Alpes', 'Grand Est', 'Hauts-de-France', 'Île-de-France', 'Normandie'])
    expect(nameCollator('fr').compare('ecole', 'École')).toBe(0)
    expect(nameCollator('fr')).toBe(nameCollator('fr'))
    expect(nameCollator('en')).not.toBe(nameCollator('fr'))
  })
})

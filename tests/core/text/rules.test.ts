import { describe, expect, it } from 'vitest'
import { capitalise, countLabel, counted, labelled, plural, withUnit } from '../../../src/core/text/rules.js'

describe('text rules', () => {
  it('sets French colons with a no-break space, English ones without', () => {
    expect(labelled('fr', 'Source', 'Insee')).toBe('Source\u00a0: Insee')
    expect(labelled('en', 'Source', 'Insee')).toBe('Source: Insee')
  })

  it('counts 0 and 1 in the French singular, only 1 in English', () => {
    const forms = ['département', 'départements'] as const
    expect([0, 1, 1.5, 2].map((n) => plural('fr', n, forms))).toEqual(['département', 'département', 'département', 'départements'])
    expect([0, 1, 2].map((n) => plural('en', n, forms))).toEqual(['départements', 'département', 'départements'])
    expect(counted('fr', 12345, forms)).toBe('12\u202f345 départements')
    expect(counted('en', 1, ['territory', 'territories'])).toBe('1 territory')
  })

  it('counts territories by their level’s noun, « territoires » without one', () => {
    expect(countLabel(0, 'fr', 'region')).toBe('0 région')
    expect(countLabel(12_345, 'fr', 'commune')).toBe('12\u202f345 communes')
    expect(countLabel(0, 'en', 'region')).toBe('0 regions')
    expect(countLabel(1, 'en')).toBe('1 territory')
  })

  it('capitalises the first letter only', () => {
    expect(capitalise('classe 2 sur 5')).toBe('Classe 2 sur 5')
    expect(capitalise('')).toBe('')
  })
})

describe('withUnit', () => {
  it('puts the unit in brackets after the label, and leaves a label without unit alone', () => {
    expect(withUnit('Valeur', '€/hab.')).toBe('Valeur (€/hab.)')
    expect(withUnit('Valeur', '')).toBe('Valeur')
    expect(withUnit('Valeur', undefined)).toBe('Valeur')
  })
})

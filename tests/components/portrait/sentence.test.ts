import { describe, expect, it } from 'vitest'
import { sentence, position } from '../../../src/components/portrait/sentence.js'
import type { FigureFacts } from '../../../src/core/text/figure-facts.js'
import { DEPARTEMENT_LIST, REGION_LIST } from '../../../src/core/registry/base.js'
import { FRANCE_NAME, frenchName } from '../../../src/core/registry/liaison.js'
import { territory } from '../../../src/core/registry/index.js'
import type { Territory } from '../../../src/core/types.js'

const bretagne = territory('region', '53')!
const facts = (t: Territory, more: Partial<FigureFacts> = {}): FigureFacts => ({
  name: frenchName(t),
  plainName: t.name,
  label: 'Part des actifs dans les secteurs culturels',
  phrase: 'd’actifs dans les secteurs culturels',
  status: 'ok',
  valueText: '2,3 %',
  comparison: { position: 'below', reference: 'france', referenceText: '2,6 %' },
  rank: { rank: 8, total: 18, tied: false, level: t.level },
  ...more,
})

describe('position', () => {
  it('defaults to « equal » for values that print the same at the figure’s precision', () => {
    expect(position(2.61, 2.64, 1)).toBe('equal')
    expect(position(2.66, 2.64, 1)).toBe('above')
    expect(position(2.3, 2.6, 1)).toBe('below')
    expect(position(12.4, 12, 0)).toBe('equal')
    expect(position(-1, -2, 0)).toBe('above')
    expect(position(-2.5, -3, 0)).toBe('equal')
  })

  it('compares what is printed: the shortest decimal rounded, not the binary value', () => {
    // 1.005 is 1.00499999999999989… in binary: Math.round(1.005 × 100) gives 100, but it prints « 1,01 ».
    expect(position(1.005, 1.01, 2)).toBe('equal')
    expect(position(1.005, 1, 2)).toBe('above')
    expect(position(0.995, 1, 2)).toBe('equal')
    expect(position(-1.005, -1.01, 2)).toBe('equal')
    // « -0,0 » and « 0,0 » are the same number.
    expect(position(-0.01, 0.02, 1)).toBe('equal')
  })
})

describe('sentence (French)', () => {
  it('writes the issue’s example for Bretagne', () => {
    expect(sentence(facts(bretagne), 'fr')).toBe(
      'Avec 2,3 % d’actifs dans les secteurs culturels, la Bretagne se situe en dessous de la valeur nationale (2,6 %), au 8ᵉ rang des 18 régions.',
    )
  })

  it('says above, equal, first, last, ties and the parent', () => {
    const finistere = territory('departement', '29')!
    const above = facts(finistere, { comparison: { position: 'above', reference: 'parent', referenceName: frenchName(bretagne), referenceText: '2,1 %' }, rank: { rank: 1, total: 101, tied: false, level: 'departement' } })
    expect(sentence(above, 'fr')).toBe('Avec 2,3 % d’actifs dans les secteurs culturels, le Finistère se situe au-dessus de la valeur de la Bretagne (2,1 %), au 1er rang des 101 départements.')
    const last = facts(finistere, { comparison: { position: 'equal', reference: 'france', referenceText: '2,3 %' }, rank: { rank: 101, total: 101, tied: false, level: 'departement' } })
    expect(sentence(last, 'fr')).toContain('se situe à un niveau égal à la valeur nationale (2,3 %), au dernier rang des 101 départements.')
    const tied = facts(finistere, { rank: { rank: 3, total: 101, tied: true, level: 'departement' } })
    expect(sentence(tied, 'fr')).toContain('au 3ᵉ rang ex æquo des 101 départements.')
    const firstTied = facts(finistere, { rank: { rank: 1, total: 101, tied: true, level: 'departement' } })
    expect(sentence(firstTied, 'fr')).toContain('au 1er rang ex æquo des 101 départements.')
  })

  it('phrases a missing value by its reason', () => {
    expect(sentence(facts(bretagne, { status: 'secret' }), 'fr')).toBe('Part des actifs dans les secteurs culturels de la Bretagne : non disponible (secret statistique).')
    expect(sentence(facts(territory('departement', '92')!, { status: 'not-available' }), 'fr')).toBe(
      'Part des actifs dans les secteurs culturels des Hauts-de-Seine : non disponible (aucune valeur publiée).',
    )
  })

  it('quotes the label when no phrase is given, and speaks of France itself', () => {
    const france = { ...facts(bretagne), name: FRANCE_NAME, plainName: 'France', phrase: undefined, comparison: { position: 'above' as const, reference: 'metro' as const, referenceText: '2,5 %' }, rank: undefined }
    expect(sentence(france, 'fr')).toBe('Avec 2,3 % pour « Part des actifs dans les secteurs culturels », la France se situe au-dessus de la valeur de la France métropolitaine (2,5 %).')
  })

  it('is grammatical for every region and département: articles, elisions, plural agreement', () => {
    const wrong = /\b(de|à) (le|les) |\bde [AEIOUYÉÈÊÎÏÔ]|\b(le|la) [AEIOUYÉÈÊÎÏÔ]|\bdu [AEIOUYÉÈÊÎÏÔ]|\s{2}| ,|\( |,,/u
    for (const t of [...REGION_LIST, ...DEPARTEMENT_LIST]) {
      const parent = t.level === 'departement' ? territory('region', t.region!)! : undefined
      const variants: FigureFacts[] = [
        facts(t),
        facts(t, { status: 'secret' }),
        facts(t, { phrase: undefined, rank: { rank: 1, total: 5, tied: true, level: t.level } }),
        ...(parent ? [facts(t, { comparison: { position: 'equal', reference: 'parent', referenceName: frenchName(parent), referenceText: '1 %' } })] : []),
      ]
      for (const v of variants) {
        const text = sentence(v, 'fr')
        expect(text, text).not.toMatch(wrong)
        expect(text, text).toMatch(/^[A-ZÉ].*\.$/u)
      }
      const plural = frenchName(t).plural
      expect(sentence(facts(t), 'fr')).toContain(plural ? ' se situent ' : ' se situe ')
      // The sentence names the territory with its article, as COG says: « les Hauts-de-Seine », « l’Ain », « Paris ».
      expect(sentence(facts(t), 'fr')).toContain(`, ${frenchName(t).the} se situ`)
    }
  })
})

describe('sentence (English)', () => {
  it('writes the same facts in English', () => {
    expect(sentence(facts(bretagne, { valueText: '2.3%', comparison: { position: 'below', reference: 'france', referenceText: '2.6%' } }), 'en')).toBe(
      'With 2.3% for “Part des actifs dans les secteurs culturels”, Bretagne is below the national value (2.6%), ranking 8th of 18 regions.',
    )
    expect(sentence(facts(bretagne, { comparison: undefined, rank: { rank: 18, total: 18, tied: false, level: 'region' } }), 'en')).toMatch(/Bretagne ranks last of 18 regions\.$/)
    expect(sentence(facts(bretagne, { status: 'secret' }), 'en')).toBe('Part des actifs dans les secteurs culturels, Bretagne: not available (statistical secrecy).')
  })
})

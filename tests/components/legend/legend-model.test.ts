import { describe, expect, it } from 'vitest'
import { legendDefaults, legendModel } from '../../../src/components/legend/legend-model.js'
import { classify } from '../../../src/core/scales/classify.js'
import { classifyCategories } from '../../../src/core/scales/classify-categories.js'

const NB = '\u00a0'
// Share of workers in cultural sectors, % (Deps, Atlas Culture), 14 départements incl. Paris.
const SHARE = [1.19, 1.41, 1.67, 1.68, 1.22, 1.41, 1.88, 1.81, 1.22, 1.93, 1.38, 1.78, 2.41, 9.51]

describe('legendModel', () => {
  it('defaults: French, no unit, no title, widget id "atlas", no histogram', () => {
    expect(legendDefaults).toEqual({ lang: 'fr', unit: '', title: '', widgetId: 'atlas', missing: {}, histogram: false })
    const m = legendModel(classify(SHARE, { classes: 3 }))
    expect(m.method).toBe('Quantiles')
    expect(m.entries[0]!.countLabel).toMatch(/^\d+ territoires$/)
    expect(m.entries[0]!.color).toMatch(/^var\(--atlas-class-1, #[0-9a-f]{6}\)$/)
    expect(m.missing).toEqual([])
    expect(m.histogram).toBeUndefined()
  })
  it('hands the histogram its classification, values and colours: the histogram draws them in its own chunk', () => {
    const c = classify(SHARE, { classes: 3 })
    const m = legendModel(c, { histogram: true, values: SHARE, unit: '%', lang: 'en' })
    expect(m.histogram).toMatchObject({ classification: c, values: SHARE, lang: 'en', unit: '%' })
    expect(m.histogram!.digits).toBeUndefined()
    expect(legendModel(c, { histogram: true, values: SHARE, digits: 2 }).histogram!.digits).toBe(2)
    expect(m.histogram!.colors).toEqual(m.entries.map((e) => e.color))
  })
  it('writes ranges with the unit, counts in the level’s words, accessible names with both', () => {
    const m = legendModel(classify(SHARE, { method: 'jenks', classes: 3 }), { unit: '%', level: 'departement' })
    expect(m.method).toBe('Seuils naturels (Jenks)')
    expect(m.entries[0]!.label).toMatch(new RegExp(`^moins de \\d,\\d${NB}%$`))
    expect(m.entries.at(-1)!.label).toMatch(new RegExp(`^\\d,\\d${NB}% et plus$`))
    expect(m.entries.at(-1)!.countLabel).toBe('1 département')
    expect(m.entries[0]!.accessibleName).toBe(`${m.entries[0]!.label}${NB}: ${m.entries[0]!.countLabel}`)
  })
  it('lists the missing statuses present, with patterns of the legend’s own ids', () => {
    const m = legendModel(classify(SHARE), { widgetId: 'carte', missing: { secret: 3, invalid: 0, 'not-available': 1 }, level: 'commune' })
    expect(m.missing.map((e) => [e.key, e.label, e.countLabel])).toEqual([
      ['secret', 'Secret statistique', '3 communes'],
      ['not-available', 'Donnée non disponible', '1 commune'],
    ])
    expect(m.missing[0]!.patternId).toBe('carte-legend-missing-secret')
  })
  it('names the reference of a diverging classification and the class reduction', () => {
    const d = legendModel(classify(SHARE, { classes: 4, reference: 2.59 }), { unit: '%' })
    expect(d.method).toBe(`Quantiles, de part et d’autre de 2,6${NB}%`)
    const tied = legendModel(classify([0, 0, 0, 0, 0, 0, 1, 2], { classes: 5 }))
    expect(tied.note).toBe('3 classes au lieu de 5, pour n’en laisser aucune vide')
  })
  it('speaks English', () => {
    const m = legendModel(classify(SHARE, { method: 'equal', classes: 3 }), { lang: 'en', unit: '%', level: 'departement', missing: { secret: 2 } })
    expect(m.method).toBe('Equal intervals')
    expect(m.entries[0]!.label).toMatch(/^less than \d\.\d%$/)
    expect(m.missing[0]!.accessibleName).toBe('Statistical secrecy: 2 départements')
  })
  it('shows categories in their order', () => {
    const m = legendModel(classifyCategories(['Peu dense'], { categories: ['Très dense', 'Peu dense'] }), { level: 'commune' })
    expect(m.method).toBe('Catégories')
    expect(m.entries.map((e) => `${e.label} ${e.countLabel}`)).toEqual(['Très dense 0 commune', 'Peu dense 1 commune'])
  })
  it('checks its options', () => {
    expect(() => legendModel(classify(SHARE), { lang: 'de' as 'fr' })).toThrow('invalid lang: "de"')
    expect(() => legendModel(classify(SHARE, { classes: 5 }), { colors: ['#000000'] })).toThrow('invalid colors')
  })
})

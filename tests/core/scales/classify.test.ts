import { describe, expect, it } from 'vitest'
import { classify, classifyDefaults } from '../../../src/core/scales/classify.js'

const NB = '\u00a0'
// Share of workers in cultural sectors, % (Deps, Atlas Culture, actifs-dans-les-secteurs-culturels,
// départements), a sample: Ain, Aube, Corrèze, Finistère, Indre, Loiret, Meurthe-et-Moselle,
// Puy-de-Dôme, Sarthe, Tarn, Territoire de Belfort, La Réunion, Gironde, Paris.
const SHARE = [1.19, 1.41, 1.67, 1.68, 1.22, 1.41, 1.88, 1.81, 1.22, 1.93, 1.38, 1.78, 2.41, 9.51]

describe('classify', () => {
  it('defaults: 5 quantile classes, rounded breaks, French labels without unit', () => {
    expect(classifyDefaults).toEqual({ method: 'quantile', classes: 5, round: true, lang: 'fr', unit: '' })
    const c = classify(Array.from({ length: 100 }, (_, i) => i))
    expect(c.method).toBe('quantile')
    expect(c.classes).toHaveLength(5)
    // Quantile breaks fall halfway between values (19,5 …), rounded to whole numbers.
    expect(c.classes.map((k) => k.count)).toEqual([20, 20, 20, 20, 20])
    expect(c.digits).toBe(0)
    expect(c.breaks.every(Number.isInteger)).toBe(true)
    expect(c.classes[0]!.label).toBe(`moins de ${c.breaks[0]}`)
    expect(c.reduced).toBe(false)
  })

  it('labels with the unit and counts every value once', () => {
    const c = classify(SHARE, { method: 'jenks', classes: 3, unit: '%' })
    expect(c.classes.reduce((n, k) => n + k.count, 0)).toBe(SHARE.length)
    // Paris alone at the top: natural breaks isolate the outlier.
    expect(c.classes[2]!.count).toBe(1)
    expect(c.classes[2]!.label).toMatch(new RegExp(`^\\d+,\\d${NB}% et plus$`))
    expect(c.classOf(9.51)).toBe(2)
    for (const v of SHARE) expect(c.classOf(v)).toBe(c.classes.findIndex((k) => v >= k.lower && v < k.upper))
  })

  it('never leaves a class empty with tied values: it makes fewer and says so', () => {
    const c = classify([0, 0, 0, 0, 0, 0, 0, 0, 3, 5], { classes: 5 })
    expect(c.classes.every((k) => k.count > 0)).toBe(true)
    expect(c.classes).toHaveLength(3)
    expect(c.reduced).toBe(true)
    expect(c.requested).toBe(5)
    expect(c.warnings[0]).toMatch(/5 classes requested, 3 made/)
  })

  it('makes a single class when all values are equal, and none without values', () => {
    const same = classify([4, 4, 4, 4], { method: 'jenks', unit: '%' })
    expect(same.classes).toHaveLength(1)
    expect(same.classes[0]!.label).toBe(`4,0${NB}%`)
    expect(same.classOf(4)).toBe(0)
    expect(classify([7]).classes).toMatchObject([{ count: 1, min: 7, max: 7 }])
    const none = classify([])
    expect(none.classes).toEqual([])
    expect(none.domain.every(Number.isNaN)).toBe(true)
    expect(none.warnings).toContain('no values to classify')
  })

  it('handles negative values (population change)', () => {
    const c = classify([-2.4, -1.1, -0.6, -0.2, 0, 0.3, 0.8, 1.5], { method: 'equal', classes: 4 })
    expect(c.domain).toEqual([-2.4, 1.5])
    // Width (1,5 + 2,4) / 4 = 0,975: thresholds -1,425, -0,45, 0,525, i.e. -1,4, -0,4 (-0,45 rounds
    // half up), 0,5 — the counts are those of the exact thresholds.
    expect(c.breaks).toEqual([-1.4, -0.4, 0.5])
    expect(c.classes.map((k) => k.count)).toEqual([1, 2, 3, 2])
    expect(c.classes[0]!.label).toBe('moins de -1,4')
  })

  it('keeps given breaks as they are, empty classes included, to share a legend', () => {
    const first = classify(SHARE, { method: 'jenks', classes: 4 })
    const other = classify([1.3, 1.5, 1.6], { breaks: first.breaks, method: 'jenks' })
    expect(other.breaks).toEqual(first.breaks)
    expect(other.method).toBe('jenks')
    expect(other.classes).toHaveLength(4)
    expect(other.classes.some((k) => k.count === 0)).toBe(true)
    expect(other.reduced).toBe(false)
  })

  it('accepts manual thresholds outside the data range', () => {
    const c = classify([5, 6, 7], { breaks: [1, 2, 100] })
    expect(c.method).toBe('manual')
    expect(c.classes.map((k) => k.count)).toEqual([0, 0, 3, 0])
    expect(c.classes[0]!.min).toBeNaN()
    expect(c.classOf(150)).toBe(3)
    expect(c.classOf(0)).toBe(0)
  })

  it('classifies around a reference, which becomes a break', () => {
    const france = 2.59
    const c = classify(SHARE, { classes: 4, reference: france, unit: '%' })
    expect(c.reference).toBe(2.6)
    expect(c.breaks).toContain(2.6)
    expect(c.below).toBe(c.breaks.indexOf(2.6) + 1)
    expect(c.classes[c.below]!.label).toMatch(/^de 2,6 à|^2,6/)
    for (const k of c.classes.slice(0, c.below)) expect(k.max).toBeLessThan(france)
    // Without rounding the reference is exact.
    expect(classify(SHARE, { classes: 4, reference: france, round: false }).breaks).toContain(france)
  })

  it('reports a reference no value reaches', () => {
    const c = classify([1, 2, 3, 4, 5, 6], { classes: 3, reference: 100 })
    expect(c.below).toBe(c.classes.length)
    expect(c.warnings.join()).toMatch(/one side of the reference/)
  })

  it('rounding never merges classes', () => {
    const c = classify([1, 2.1, 2.11, 2.12, 2.13, 2.14, 2.15, 2.16, 2.17, 9], { classes: 4 })
    expect(new Set(c.breaks).size).toBe(c.breaks.length)
    expect(c.classes.every((k) => k.count > 0)).toBe(true)
    expect(c.classes).toHaveLength(4)
  })

  it('ignores non-finite values and tells', () => {
    const c = classify([1, 2, 3, NaN, Infinity, 4, 5, 6])
    expect(c.classes.reduce((n, k) => n + k.count, 0)).toBe(6)
    expect(c.warnings).toContain('2 non-finite values ignored')
    expect(c.classOf(null)).toBe(-1)
    expect(c.classOf(NaN)).toBe(-1)
  })

  it('labels in English', () => {
    expect(classify(SHARE, { lang: 'en', unit: '%' }).classes[0]!.label).toMatch(/^less than \d\.\d%$/)
  })

  it('checks its options once, with the option helpers', () => {
    expect(() => classify(SHARE, { classes: 12 })).toThrow('invalid classes: 12')
    expect(() => classify(SHARE, { classes: 2 })).toThrow('invalid classes: 2')
    expect(() => classify(SHARE, { method: 'kmeans' as 'jenks' })).toThrow('invalid method: "kmeans"')
    expect(() => classify(SHARE, { method: 'manual' })).toThrow('invalid breaks')
    expect(() => classify(SHARE, { breaks: [3, 2] })).toThrow('invalid breaks: [3,2]')
    // Attribute strings go through the same helpers.
    expect(classify(SHARE, { classes: '4' as unknown as number }).classes).toHaveLength(4)
  })
})

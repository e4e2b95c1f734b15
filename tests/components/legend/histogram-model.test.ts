import { describe, expect, it } from 'vitest'
import { histogramDefaults, histogramModel } from '../../../src/components/legend/histogram-model.js'
import { classify } from '../../../src/core/scales/classify.js'

const values = [1, 1.5, 2, 2.2, 2.4, 3, 5, 9]

describe('histogramModel', () => {
  it('defaults: 160 × 40, 20 bins', () => {
    expect(histogramDefaults).toEqual({ width: 160, height: 40, bins: 20 })
  })
  it('counts every value once, cuts bars at the breaks and colours them by class', () => {
    const c = classify(values, { breaks: [2.1, 4] })
    const h = histogramModel(c, values, ['a', 'b', 'c'], { lang: 'fr', unit: '%' })
    expect(h.bars.reduce((n, b) => n + b.count, 0)).toBe(values.length)
    for (const b of h.bars) expect(b.color).toBe(['a', 'b', 'c'][b.classIndex])
    // No bar straddles a break.
    const x = (v: number) => ((v - 1) / 8) * 160
    for (const brk of [2.1, 4]) for (const b of h.bars) expect(b.x >= x(brk) - 1e-9 || b.x + b.width <= x(brk) + 1e-9).toBe(true)
    expect(Math.max(...h.bars.map((b) => b.height))).toBe(40)
    expect(h.label).toBe('Répartition des 8 valeurs, de 1,0\u00a0% à 9,0\u00a0%')
  })
  it("states the range with the indicator's decimals: counts « de 12 à 179 », never « 12,0 » (#8 item 9)", () => {
    const counts = [12, 40, 179]
    expect(histogramModel(classify(counts), counts, ['a', 'b', 'c'], { lang: 'fr', unit: '', digits: 0 }).label).toBe('Répartition des 3 valeurs, de 12 à 179')
    expect(histogramModel(classify(counts), counts, ['a', 'b', 'c'], { lang: 'fr', unit: '' }).label).toBe('Répartition des 3 valeurs, de 12,0 à 179')
  })
  it('draws nothing for equal values', () => {
    expect(histogramModel(classify([2, 2]), [2, 2], ['a'], { lang: 'en', unit: '' }).bars).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { classColors } from '../../../src/core/scales/class-colors.js'
import { classify } from '../../../src/core/scales/classify.js'
import { classifyCategories } from '../../../src/core/scales/classify-categories.js'
import { categoricalColors, divergingColors, PALETTES, sequentialColors } from '../../../src/core/scales/palettes.js'

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

describe('classColors', () => {
  it('defaults: sequential bleu France for numeric classes', () => {
    expect(classColors(classify(values, { classes: 4 }))).toEqual(sequentialColors(PALETTES['bleu-france'], 4))
  })
  it('goes diverging around a reference, split where the reference is', () => {
    const c = classify(values, { classes: 5, reference: 4.5 })
    expect(classColors(c)).toEqual(divergingColors(PALETTES['bleu-terre-battue'], c.below, c.classes.length - c.below))
  })
  it('uses the categorical palette for unordered categories, the sequential one for ordered', () => {
    expect(classColors(classifyCategories(['a', 'b', 'c']))).toEqual(categoricalColors(PALETTES['dsfr-categories'], 3))
    expect(classColors(classifyCategories(['x'], { categories: ['x', 'y', 'z'] }))).toEqual(sequentialColors(PALETTES['bleu-france'], 3))
  })
  it('takes another palette of the right kind', () => {
    expect(classColors(classify(values, { classes: 3 }), 'terre-battue')).toEqual(sequentialColors(PALETTES['terre-battue'], 3))
    expect(() => classColors(classify(values, { classes: 3 }), 'okabe-ito')).toThrow('not a sequential palette')
  })
})

import { describe, expect, it } from 'vitest'
import { hexToLab } from '../../../src/core/scales/color.js'
import { minDistance } from '../../../src/core/scales/color-vision.js'
import { contrastRatio, needsOutline, OUTLINE_COLOR, textColorOn } from '../../../src/core/scales/contrast.js'
import { categoricalColors, DEFAULT_PALETTES, divergingColors, PALETTES, sequentialColors, type PaletteName } from '../../../src/core/scales/palettes.js'

// Three just-noticeable differences in OKLab (JND ≈ 0.02): classes must be told apart at a glance,
// under normal, protan, deutan and tritan vision (Machado et al. 2009 simulation).
const DISTINGUISHABLE = 0.06
const CLASS_COUNTS = [3, 4, 5, 6, 7, 8, 9]
const lightness = (hex: string) => hexToLab(hex)[0]

describe('palettes', () => {
  it('defaults: DSFR bleu France for sequential, blue/terre battue diverging, DSFR categories', () => {
    expect(DEFAULT_PALETTES).toEqual({ sequential: 'bleu-france', diverging: 'bleu-terre-battue', categorical: 'dsfr-categories' })
    expect(sequentialColors(PALETTES['bleu-france'], 9)).toContain('#00005f')
  })

  for (const name of ['bleu-france', 'terre-battue'] as PaletteName[]) {
    describe(name, () => {
      it('gets darker at every class, by a step every colour vision can see', () => {
        for (const n of CLASS_COUNTS) {
          const colors = sequentialColors(PALETTES[name], n)
          expect(colors).toHaveLength(n)
          for (let i = 1; i < n; i++) expect(lightness(colors[i]!)).toBeLessThan(lightness(colors[i - 1]!) - 0.05)
          expect(minDistance(colors).distance).toBeGreaterThanOrEqual(DISTINGUISHABLE)
        }
      })
      it('has a darkest class at 3:1 on white; lighter classes get the 3:1 outline', () => {
        for (const n of CLASS_COUNTS) {
          const colors = sequentialColors(PALETTES[name], n)
          expect(contrastRatio(colors[n - 1]!, '#ffffff')).toBeGreaterThanOrEqual(3)
          // The first class is too light for 3:1 on white: the map outlines the shapes that need it
          // (WCAG 1.4.11 asks the boundary to contrast with the background), and that outline also
          // stands out from the lightest fill it surrounds.
          expect(needsOutline(colors[0]!)).toBe(true)
          expect(contrastRatio(OUTLINE_COLOR, colors[0]!)).toBeGreaterThanOrEqual(3)
        }
      })
      it('carries readable text on every class', () => {
        for (const c of sequentialColors(PALETTES[name], 9)) expect(contrastRatio(textColorOn(c), c)).toBeGreaterThanOrEqual(4.5)
      })
    })
  }

  describe('bleu-terre-battue (diverging)', () => {
    it('is lightest next to the reference and as intense at the same distance on both sides', () => {
      const colors = divergingColors(PALETTES['bleu-terre-battue'], 3, 3)
      const L = colors.map(lightness)
      expect(L[2]).toBeGreaterThan(L[1]!)
      expect(L[3]).toBeGreaterThan(L[4]!)
      expect(L[2]).toBeCloseTo(L[3]!, 2)
      expect(L[1]).toBeCloseTo(L[4]!, 2)
      // Unequal sides keep the intensity of each distance.
      const uneven = divergingColors(PALETTES['bleu-terre-battue'], 2, 4)
      expect(uneven.slice(0, 2)).toEqual(divergingColors(PALETTES['bleu-terre-battue'], 4, 4).slice(2, 4))
    })
    it('keeps adjacent classes, the two around the reference included, distinguishable', () => {
      for (const below of [1, 2, 3, 4, 5])
        for (const above of [1, 2, 3, 4, 5]) {
          if (below + above > 9) continue
          expect(minDistance(divergingColors(PALETTES['bleu-terre-battue'], below, above)).distance).toBeGreaterThanOrEqual(DISTINGUISHABLE)
        }
    })
    it('carries readable text on every class', () => {
      for (const c of divergingColors(PALETTES['bleu-terre-battue'], 4, 4)) expect(contrastRatio(textColorOn(c), c)).toBeGreaterThanOrEqual(4.5)
    })
  })

  describe('categorical', () => {
    it('keeps every pair distinguishable, for every prefix', () => {
      for (const name of ['dsfr-categories', 'okabe-ito'] as PaletteName[]) {
        const p = PALETTES[name]
        if (p.kind !== 'categorical') throw new Error('categorical expected')
        for (let n = 2; n <= p.colors.length; n++) expect(minDistance(categoricalColors(p, n), 'all').distance).toBeGreaterThanOrEqual(DISTINGUISHABLE)
      }
    })
    it('repeats colours past its length', () => {
      expect(categoricalColors(PALETTES['okabe-ito'], 10)[8]).toBe('#e69f00')
    })
  })

  it('refuses a palette of the wrong kind', () => {
    expect(() => sequentialColors(PALETTES['okabe-ito'], 3)).toThrow('not a sequential palette')
    expect(() => divergingColors(PALETTES['bleu-france'], 2, 2)).toThrow('not a diverging palette')
  })
})

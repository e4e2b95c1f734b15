import { describe, expect, it } from 'vitest'
import { contrastRatio, needsOutline, OUTLINE_COLOR, relativeLuminance, textColorOn } from '../../../src/core/scales/contrast.js'

describe('contrast', () => {
  it('defaults: the outline colour meets 3:1 on white', () => {
    expect(contrastRatio(OUTLINE_COLOR, '#ffffff')).toBeGreaterThanOrEqual(3)
  })
  it('follows the WCAG 2.1 formula', () => {
    expect(relativeLuminance('#ffffff')).toBe(1)
    expect(contrastRatio('#000000', '#ffffff')).toBe(21)
    // #767676 is the well-known lightest grey reaching 4.5:1 on white (4.54:1); #777777 misses it.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
  })
  it('picks the readable text colour', () => {
    expect(textColorOn('#000091')).toBe('#ffffff')
    expect(textColorOn('#e3e3fd')).toBe('#000000')
  })
  it('tells when a fill needs an outline on white', () => {
    expect(needsOutline('#e3e3fd')).toBe(true)
    expect(needsOutline('#000091')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { COLOR_VISIONS, minDistance, perceivedDistance, simulateColorVision } from '../../../src/core/scales/color-vision.js'
import { parseHex } from '../../../src/core/scales/color.js'

describe('color vision', () => {
  it('covers normal vision and the three dichromacies', () => {
    expect(COLOR_VISIONS).toEqual(['normal', 'protanopia', 'deuteranopia', 'tritanopia'])
    expect(simulateColorVision('#e4794a', 'normal')).toEqual(parseHex('#e4794a'))
  })
  it('makes red and green confusable for protan and deutan vision, not for tritan', () => {
    // A red/green pair of about equal lightness (protans see the red darker, so less collapse).
    const normal = perceivedDistance('#c0392b', '#5a8f29')
    expect(perceivedDistance('#c0392b', '#5a8f29', 'deuteranopia')).toBeLessThan(normal / 2)
    expect(perceivedDistance('#c0392b', '#5a8f29', 'protanopia')).toBeLessThan(normal * 0.75)
    expect(perceivedDistance('#c0392b', '#5a8f29', 'tritanopia')).toBeGreaterThan(normal / 2)
  })
  it('finds the least distinguishable pair', () => {
    const worst = minDistance(['#000091', '#c0392b', '#5a8f29'], 'all')
    expect(worst.pair).toEqual([1, 2])
    expect(['protanopia', 'deuteranopia']).toContain(worst.vision)
    // Adjacent pairs only: 0–1 and 1–2.
    expect(minDistance(['#c0392b', '#000091', '#5a8f29']).pair).not.toEqual([0, 2])
  })
})

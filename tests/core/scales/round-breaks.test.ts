import { describe, expect, it } from 'vitest'
import { classCounts } from '../../../src/core/scales/class-counts.js'
import { decimals, roundBreaks, roundTo } from '../../../src/core/scales/round-breaks.js'

describe('roundBreaks', () => {
  it('rounds to a tenth of the power of ten of the spread', () => {
    const pct = [1.1, 1.5, 1.9, 2.0, 2.2, 2.5, 3.1, 4.0, 9.5]
    expect(roundBreaks(pct, [2.13])).toEqual({ breaks: [2.1], digits: 1 })
    const wide = [1_000, 5_000, 11_000, 13_000, 41_000]
    expect(roundBreaks(wide, [12_345])).toEqual({ breaks: [12_000], digits: 0 })
    const narrow = [11_000, 11_500, 12_000, 12_400, 13_500, 14_000]
    expect(roundBreaks(narrow, [12_345])).toEqual({ breaks: [12_300], digits: 0 })
  })
  it('refines rather than merge or empty a class', () => {
    // At 0,1 both breaks would become 2,1: the classes would merge.
    const values = [1, 2.1, 2.12, 2.14, 2.16, 9]
    const { breaks, digits } = roundBreaks(values, [2.11, 2.15])
    expect(breaks).toEqual([2.11, 2.15])
    expect(digits).toBe(2)
  })
  it('never merges or empties classes, whatever the data', () => {
    let seed = 7
    const random = () => (seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32
    for (let trial = 0; trial < 200; trial++) {
      const scale = 10 ** Math.floor(random() * 8 - 3)
      const sorted = Array.from({ length: 5 + Math.floor(random() * 60) }, () => Math.round(random() ** 2 * 1000) * scale).sort((a, b) => a - b)
      const raw = [0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.floor(q * sorted.length)]!).filter((b, i, a) => b > sorted[0]! && (i === 0 || b > a[i - 1]!))
      const before = classCounts(sorted, raw)
      const { breaks } = roundBreaks(sorted, raw)
      expect(breaks).toHaveLength(raw.length)
      for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!)
      classCounts(sorted, breaks).forEach((n, i) => {
        if (before[i]! > 0) expect(n).toBeGreaterThan(0)
      })
    }
  })
  it('rounds without binary noise', () => {
    expect(roundTo(2.13, -1)).toBe(2.1)
    expect(roundTo(-0.35, -1)).toBe(-0.3)
    expect(roundTo(12_345, 2)).toBe(12_300)
    expect(decimals(2.5)).toBe(1)
    expect(decimals(1 / 3)).toBe(6)
  })
})

import * as d3 from 'd3-array'
import { describe, expect, it } from 'vitest'
import { bisectLeft, bisectRight } from '../../../src/core/scales/bisect.js'

describe('bisectLeft, bisectRight', () => {
  it('equal d3-array’s on sorted numbers with ties, bounds, and unordered values', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let n = 0; n < 40; n++) {
      const a = Array.from({ length: n }, () => Math.floor(random() * 10)).sort((x, y) => x - y)
      for (const x of [-1, 0, 0.5, 3, 9, 10, NaN, -Infinity, Infinity]) {
        expect(bisectLeft(a, x)).toBe(d3.bisectLeft(a, x))
        expect(bisectRight(a, x)).toBe(d3.bisectRight(a, x))
        const lo = Math.floor(n / 3)
        const hi = Math.floor((2 * n) / 3)
        expect(bisectLeft(a, x, lo, hi)).toBe(d3.bisectLeft(a, x, lo, hi))
        expect(bisectRight(a, x, lo, hi)).toBe(d3.bisectRight(a, x, lo, hi))
      }
    }
  })
})

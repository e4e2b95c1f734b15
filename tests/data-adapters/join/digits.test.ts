import { describe, expect, it } from 'vitest'
import { shownDigits } from '../../../data-adapters/join/digits.js'
import type { Cell } from '../../../src/core/types.js'

const cells = (...values: (number | null)[]): Map<string, Cell> => new Map(values.map((value, i) => [String(i), value === null ? { value, status: 'secret', raw: 's' } : { value, status: 'ok', raw: value }]))

describe('shownDigits (#8 item 9)', () => {
  it('defaults: integers stay integers, whatever their size; no value, no decimals', () => {
    expect(shownDigits(cells(88, 179, 3, null, 1_000_000))).toBe(0)
    expect(shownDigits(cells())).toBe(0)
  })

  it('as many decimals as the values have, the most of any value', () => {
    expect(shownDigits(cells(12.5, 3, 1234.5))).toBe(1)
    expect(shownDigits(cells(0.25, 12.5, 3))).toBe(2)
    // 1.1 is not 1.1000000000000001: the decimals as a number is written, not its binary noise.
    expect(shownDigits(cells(1.1, 2.3, 10.7))).toBe(1)
  })

  it('at most 2: densities written with 15 decimals, ratios', () => {
    expect(shownDigits(cells(18.581560283687942, 14.6))).toBe(2)
    expect(shownDigits(cells((29 / 30) * 100, (1 / 3) * 100))).toBe(2)
  })
})

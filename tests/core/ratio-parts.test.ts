import { describe, expect, it } from 'vitest'
import { pooled, type RatioParts } from '../../src/core/ratio-parts.js'

/** Parts given by hand: code → [numerator, denominator]. */
function partsOf(scale: number, byCode: Record<string, readonly [number, number]>): RatioParts {
  return { scale, get: (code) => byCode[code] }
}

// A share in % of three territories, of very different sizes: 10 of 100, 30 of 50, 1 of 1000.
const shares = partsOf(100, { a: [10, 100], b: [30, 50], c: [1, 1000] })

describe('pooled', () => {
  it('defaults: Σ numerators / Σ denominators × scale over every territory, none missing', () => {
    expect(pooled(shares, ['a', 'b'])).toBe((40 / 150) * 100)
    // Never the mean of the ratios (10 % and 60 %: 35 %).
    expect(pooled(shares, ['a', 'b'])).not.toBeCloseTo(35, 3)
    // The scale is the ratio's own (€ per inhabitant: 1; k€ → €: 1000).
    expect(pooled(partsOf(1000, { a: [3, 4] }), ['a'])).toBe(750)
  })

  it('a territory without parts leaves the area without a value: a partial sum is not the area’s', () => {
    // Counted as zero (0 of 0), the missing territory would leave 40 / 150 and pass for the area's value.
    expect(pooled(shares, ['a', 'b', 'x'])).toBeUndefined()
    expect(pooled(shares, ['x', 'a', 'b'])).toBeUndefined()
    expect(pooled(shares, ['x'])).toBeUndefined()
  })

  it('no parts, no territory, or input that is not a finite number: no value, never a wrong one', () => {
    expect(pooled(undefined, ['a'])).toBeUndefined()
    expect(pooled(shares, [])).toBeUndefined()
    // A zero sum of denominators: not an infinity, not NaN.
    expect(pooled(partsOf(100, { a: [0, 0], b: [1, 0] }), ['a'])).toBeUndefined()
    expect(pooled(partsOf(100, { a: [0, 0], b: [1, 0] }), ['b'])).toBeUndefined()
    expect(pooled(partsOf(100, { a: [Number.NaN, 10] }), ['a'])).toBeUndefined()
    expect(pooled(partsOf(100, { a: [1, Number.POSITIVE_INFINITY] }), ['a'])).toBeUndefined()
    expect(pooled(partsOf(Number.NaN, { a: [1, 2] }), ['a'])).toBeUndefined()
    // Parts given as strings by a caller outside TypeScript: '1' + '2' would read as 12, not 3.
    const strings = { scale: 1, get: (code: string) => ({ a: ['1', '4'], b: ['2', '6'] })[code] } as unknown as RatioParts
    expect(pooled(strings, ['a', 'b'])).toBeUndefined()
  })

  it('takes any iterable of codes', () => {
    expect(pooled(shares, new Set(['a', 'b', 'c']))).toBe((41 / 1150) * 100)
    expect(pooled(shares, ['b', 'c'].values())).toBe((31 / 1050) * 100)
  })
})

import { describe, expect, it } from 'vitest'
import { quantileBreaks } from '../../../src/core/scales/breaks-quantile.js'

describe('quantileBreaks', () => {
  it('cuts into groups of equal size', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    const breaks = quantileBreaks(values, 4)
    expect(breaks).toHaveLength(3)
    for (const [i, b] of breaks.entries()) expect(values.filter((v) => v < b)).toHaveLength(25 * (i + 1))
  })
})

import { describe, expect, it } from 'vitest'
import { divergingBreaks } from '../../../src/core/scales/breaks-diverging.js'

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

describe('divergingBreaks', () => {
  it('makes the reference a break and shares the classes between the sides', () => {
    const breaks = divergingBreaks(values, 6, 6.5, 'quantile')
    expect(breaks).toContain(6.5)
    expect(breaks.filter((b) => b < 6.5)).toHaveLength(2)
    expect(breaks.filter((b) => b > 6.5)).toHaveLength(2)
  })
  it('gives the odd class to the side with more values', () => {
    const breaks = divergingBreaks(values, 5, 4.5, 'quantile')
    expect(breaks.filter((b) => b < 4.5)).toHaveLength(1)
    expect(breaks.filter((b) => b > 4.5)).toHaveLength(2)
  })
  it('uses one width on both sides with equal intervals', () => {
    expect(divergingBreaks([0, 4, 10, 12], 4, 10, 'equal')).toEqual([5, 10, 15])
  })
})

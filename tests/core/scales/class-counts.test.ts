import { describe, expect, it } from 'vitest'
import { classCounts, dropEmptyClasses, splitToTarget } from '../../../src/core/scales/class-counts.js'

describe('class-counts', () => {
  it('counts half-open classes', () => {
    expect(classCounts([1, 2, 2, 3, 5], [2, 4])).toEqual([1, 3, 1])
    expect(classCounts([], [2])).toEqual([0, 0])
  })
  it('drops the breaks that leave a class empty', () => {
    expect(dropEmptyClasses([1, 1, 1, 5], [1, 1, 3, 4])).toEqual([3])
    expect(dropEmptyClasses([1, 2, 3], [0, 2, 10])).toEqual([2])
  })
  it('recovers the classes tied values allow', () => {
    // 0 tied seven times: quantiles would put every break at 0.
    const sorted = [0, 0, 0, 0, 0, 0, 0, 1, 2, 3]
    const breaks = splitToTarget(sorted, dropEmptyClasses(sorted, [0, 0, 0, 0.6]), 4)
    expect(breaks).toHaveLength(3)
    expect(classCounts(sorted, breaks).every((n) => n > 0)).toBe(true)
    // No more classes than distinct values.
    expect(splitToTarget([5, 5, 7], [], 5)).toEqual([7])
  })
})

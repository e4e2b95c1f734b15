import { describe, expect, it } from 'vitest'
import { equalBreaks } from '../../../src/core/scales/breaks-equal.js'

describe('equalBreaks', () => {
  it('cuts the range into intervals of equal width, negative values included', () => {
    expect(equalBreaks([-10, 0, 30], 4)).toEqual([0, 10, 20])
  })
})

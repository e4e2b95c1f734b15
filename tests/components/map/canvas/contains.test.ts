import { describe, expect, it } from 'vitest'
import { ringsContain } from '../../../../src/components/map/canvas/contains.js'
import { parseRings } from '../../../../src/components/map/canvas/rings.js'

const square = parseRings('M0,0L10,0L10,10L0,10Z')

describe('ringsContain', () => {
  it('is false outside the bounding box', () => {
    expect(ringsContain(square, -0.01, 5)).toBe(false)
    expect(ringsContain(square, 5, 10.01)).toBe(false)
  })

  it('tells apart points a hundredth of a unit each side of an edge', () => {
    expect(ringsContain(square, 9.99, 5)).toBe(true)
    expect(ringsContain(square, 10.01, 5)).toBe(false)
  })

  it('applies the even-odd rule: a hole is outside, an island inside the hole is inside', () => {
    const holed = parseRings('M0,0L10,0L10,10L0,10ZM3,3L3,7L7,7L7,3ZM4,4L6,4L6,6L4,6Z')
    expect(ringsContain(holed, 1, 1)).toBe(true)
    expect(ringsContain(holed, 3.5, 5)).toBe(false)
    expect(ringsContain(holed, 5, 5)).toBe(true)
  })

  it('follows a concave outline, not its box', () => {
    const u = parseRings('M0,0L3,0L3,7L7,7L7,0L10,0L10,10L0,10Z')
    expect(ringsContain(u, 5, 3)).toBe(false)
    expect(ringsContain(u, 5, 8)).toBe(true)
  })
})

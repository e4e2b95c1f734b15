import { describe, expect, it } from 'vitest'
import { createPickIndex, GRID_CELLS } from '../../../../src/components/map/canvas/pick-index.js'

// Two squares sharing the border x = 50, a third inside the second's box but apart from it.
const shapes = [
  { code: 'A', d: 'M10,10L50,10L50,50L10,50Z' },
  { code: 'B', d: 'M50,10L90,10L90,50L70,50L70,30L60,30L60,50L50,50Z' },
  { code: 'C', d: 'M61,35L69,35L69,49L61,49Z' },
]

describe('createPickIndex', () => {
  it('defaults to a 128 × 128 grid', () => {
    expect(GRID_CELLS).toBe(128)
  })

  it('gives each side of a shared border to its own shape, a tenth of a unit away', () => {
    const index = createPickIndex(shapes, 100, 60)
    expect(index.pick(49.9, 20)).toBe('A')
    expect(index.pick(50.1, 20)).toBe('B')
  })

  it('finds a shape inside another one’s bounding box, and nothing in the gap between them', () => {
    const index = createPickIndex(shapes, 100, 60)
    expect(index.pick(65, 40)).toBe('C')
    expect(index.pick(60.5, 40)).toBeUndefined()
    expect(index.pick(80, 40)).toBe('B')
  })

  it('finds nothing off the shapes or off the drawing', () => {
    const index = createPickIndex(shapes, 100, 60)
    expect(index.pick(5, 5)).toBeUndefined()
    expect(index.pick(-1, 20)).toBeUndefined()
    expect(index.pick(101, 20)).toBeUndefined()
  })

  it('gives the same answers on a coarse grid as on a fine one', () => {
    const coarse = createPickIndex(shapes, 100, 60, 1)
    const fine = createPickIndex(shapes, 100, 60, 256)
    for (let x = 0; x <= 100; x += 1.3) for (let y = 0; y <= 60; y += 1.7) expect(coarse.pick(x, y)).toBe(fine.pick(x, y))
  })
})

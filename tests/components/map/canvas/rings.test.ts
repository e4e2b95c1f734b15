import { describe, expect, it } from 'vitest'
import { parseRings } from '../../../../src/components/map/canvas/rings.js'

describe('parseRings', () => {
  it('reads nothing from empty path data', () => {
    expect(parseRings('')).toEqual({ rings: [], box: [Infinity, Infinity, -Infinity, -Infinity] })
  })

  it('reads each ring of geoPath output, negative and decimal coordinates included, with the bounding box', () => {
    const { rings, box } = parseRings('M0,0L10,0L10,10L0,10ZM2.5,2.5L-2.5,7.5L7.5,7.5Z')
    expect(rings.map((r) => [...r])).toEqual([
      [0, 0, 10, 0, 10, 10, 0, 10],
      [2.5, 2.5, -2.5, 7.5, 7.5, 7.5],
    ])
    expect(box).toEqual([-2.5, 0, 10, 10])
  })

  it('drops degenerate rings of fewer than three points', () => {
    expect(parseRings('M1,1L2,2ZM0,0L1,0L0,1Z').rings).toHaveLength(1)
  })
})

describe('ringsOf', () => {
  it('takes the projected rings as given, with the box and the rule parseRings applies', async () => {
    const { ringsOf } = await import('../../../../src/components/map/canvas/rings.js')
    const d = 'M0,0L10,0L10,10L0,10ZM2.5,2.5L-2.5,7.5L7.5,7.5ZM1,1L2,2Z'
    const rings = [Float64Array.from([0, 0, 10, 0, 10, 10, 0, 10]), Float64Array.from([2.5, 2.5, -2.5, 7.5, 7.5, 7.5]), Float64Array.from([1, 1, 2, 2])]
    expect(ringsOf({ d, rings })).toEqual(parseRings(d))
    expect(ringsOf({ d })).toEqual(parseRings(d))
  })
})

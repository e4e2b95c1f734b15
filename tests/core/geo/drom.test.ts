import { geoBounds } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { DROMS, dromAt, dromOf } from '../../../src/core/geo/drom.js'
import { featuresOf } from '../../../src/core/geo/topology.js'
import { readTopology } from './setup.js'

describe('DROMS', () => {
  it('lists the five DROM in code order, each with its region', () => {
    expect(DROMS.map((d) => d.code)).toEqual(['971', '972', '973', '974', '976'])
    expect(DROMS.map((d) => d.region)).toEqual(['01', '02', '03', '04', '06'])
  })

  it('extent holds each territory’s shipped outline, bounds hold the extent, no two bounds overlap', () => {
    const { features } = featuresOf(readTopology('france.topo.json'), 'departements')
    for (const drom of DROMS) {
      const f = features.find((x) => x.id === drom.code)!
      const [[x0, y0], [x1, y1]] = geoBounds(f)
      const [[ex0, ey0], [ex1, ey1]] = drom.extent
      expect([x0 >= ex0, y0 >= ey0, x1 <= ex1, y1 <= ey1], drom.code).toEqual([true, true, true, true])
      const [[bx0, by0], [bx1, by1]] = drom.bounds
      expect([ex0 > bx0, ey0 > by0, ex1 < bx1, ey1 < by1], drom.code).toEqual([true, true, true, true])
      for (const other of DROMS.filter((o) => o !== drom)) {
        const [[ox0, oy0], [ox1, oy1]] = other.bounds
        expect(bx1 < ox0 || ox1 < bx0 || by1 < oy0 || oy1 < by0, `${drom.code}/${other.code}`).toBe(true)
      }
    }
  })
})

describe('dromAt', () => {
  it('routes a point to the DROM around it, and mainland points to none', () => {
    expect(dromAt([55.45, -21.1])?.code).toBe('974')
    expect(dromAt([-52.3, 4.9])?.code).toBe('973')
    expect(dromAt([2.35, 48.85])).toBeUndefined()
  })
})

describe('dromOf', () => {
  it('reads a code at its level: 01 is Guadeloupe as a region, Ain as a département', () => {
    expect(dromOf('region', '01')?.name).toBe('Guadeloupe')
    expect(dromOf('departement', '01')).toBeUndefined()
    expect(dromOf('departement', '976')?.name).toBe('Mayotte')
  })
})

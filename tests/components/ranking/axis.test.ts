import { scaleLinear } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { linearAxis } from '../../../src/components/ranking/axis.js'

// d3-scale (a devDependency since the axis stopped importing it) is the independent oracle: the
// axis must place values and ticks exactly where `scaleLinear().nice()` did.
function oracle(lo: number, hi: number, count: number) {
  const s = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([0, 100]).nice(count)
  return { x: (v: number) => s(v), ticks: s.ticks(count) }
}

const domains: [number, number][] = [
  [0, 1],
  [0, 87.3],
  [0, 0.0042],
  [-12.5, 40.1],
  [-3, 0],
  [0, 0],
  [5, 5],
  [0, 123456789],
  [-0.017, 0.33],
]

describe('linearAxis', () => {
  it('rounds the domain outwards and starts at 0 % and ends at 100 %', () => {
    const axis = linearAxis(0, 87.3, 5)
    expect(axis.x(0)).toBe(0)
    expect(axis.x(100)).toBe(100)
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80, 100])
  })

  it.each(domains)('places values and ticks as d3-scale does on [%s, %s]', (lo, hi) => {
    for (const count of [3, 5, 10]) {
      const axis = linearAxis(lo, hi, count)
      const d3 = oracle(lo, hi, count)
      expect(axis.ticks).toEqual(d3.ticks)
      for (const v of [lo, hi, 0, (lo + hi) / 2, ...d3.ticks]) expect(axis.x(v)).toBeCloseTo(d3.x(v), 10)
    }
  })

  it('matches d3-scale on random domains', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let i = 0; i < 500; i++) {
      const scale = 10 ** Math.floor(random() * 12 - 4)
      const a = (random() - 0.3) * scale
      const b = a + random() * scale
      const lo = Math.min(0, a)
      const hi = Math.max(0, b)
      const axis = linearAxis(lo, hi, 5)
      const d3 = oracle(lo, hi, 5)
      expect(axis.ticks).toEqual(d3.ticks)
      expect(axis.x(a)).toBeCloseTo(d3.x(a), 8)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { jenksBreaks } from '../../../src/core/scales/breaks-jenks.js'
import * as onUse from '../../../src/core/scales/breaks-jenks.parts.js'

const sort = (xs: number[]) => [...xs].sort((a, b) => a - b)
// Groups values by the breaks, to compare with published clusterings.
function groups(values: number[], breaks: number[]): number[][] {
  const out: number[][] = breaks.map(() => []).concat([[]])
  for (const v of sort(values)) out[breaks.filter((b) => v >= b).length]!.push(v)
  return out
}

describe('jenksBreaks', () => {
  it('finds the published optimal clustering', () => {
    // Wang & Song (2011), The R Journal 3(2), example of Ckmeans.1d.dp, also the documented example
    // of simple-statistics' ckmeans: x = (-1, 2, -1, 2, 4, 5, 6, -1, 2, -1), k = 3 →
    // {-1, -1, -1, -1}, {2, 2, 2}, {4, 5, 6}.
    const x = [-1, 2, -1, 2, 4, 5, 6, -1, 2, -1]
    expect(groups(x, jenksBreaks(sort(x), 3))).toEqual([[-1, -1, -1, -1], [2, 2, 2], [4, 5, 6]])
  })
  it('matches further cases of the simple-statistics test suite (test/ckmeans.test.js)', () => {
    expect(groups([0, 1, 2, 50, 100, 101, 103], jenksBreaks([0, 1, 2, 50, 100, 101, 103], 3))).toEqual([[0, 1, 2], [50], [100, 101, 103]])
    expect(groups([3, 2, 3, 5, 2, 1], jenksBreaks(sort([3, 2, 3, 5, 2, 1]), 3))).toEqual([[1, 2, 2], [3, 3], [5]])
    expect(groups([-3, 0, 4], jenksBreaks([-3, 0, 4], 2))).toEqual([[-3, 0], [4]])
  })
  it('puts each break halfway between the groups', () => {
    expect(jenksBreaks([0, 1, 2, 50, 100, 101, 103], 3)).toEqual([26, 75])
  })
  it('never splits tied values and makes no more groups than distinct values', () => {
    expect(jenksBreaks([1, 1, 1, 1, 2, 2, 9], 5)).toEqual([1.5, 5.5])
    expect(jenksBreaks([4, 4, 4], 3)).toEqual([])
  })
  it('scales to the 35 000 communes', () => {
    // Deterministic pseudo-random values (LCG), skewed like densities.
    let seed = 42
    const values = Array.from({ length: 35_000 }, () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32) ** 3 * 20_000)
    const breaks = jenksBreaks(sort(values), 9)
    expect(breaks).toHaveLength(8)
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!)
  })
})

describe("the script tag's breaks-jenks.parts.ts", () => {
  it('computes the same breaks once jenksReady has resolved, and only then', async () => {
    const x = [0, 1, 2, 50, 100, 101, 103]
    expect(() => onUse.jenksBreaks(x, 3)).toThrow()
    await onUse.jenksReady()
    expect(onUse.jenksBreaks(x, 3)).toEqual(jenksBreaks(x, 3))
    expect(onUse.jenksReady()).toBe(onUse.jenksReady())
  })
})

import { describe, expect, it, beforeAll } from 'vitest'
import { projectFeatures } from '../../../src/core/geo/features.js'
import { loadGeometry } from '../../../src/core/geo/load.js'
import type { LevelGeometry } from '../../../src/core/geo/types.js'
import { useShippedGeometry } from './setup.js'

let france: LevelGeometry
beforeAll(async () => {
  useShippedGeometry()
  france = await loadGeometry('departement')
})

const inBox = (b: [[number, number], [number, number]], x0: number, y0: number, x1: number, y1: number) =>
  b[0][0] >= x0 - 0.05 && b[0][1] >= y0 - 0.05 && b[1][0] <= x1 + 0.05 && b[1][1] <= y1 + 0.05

describe('projectFeatures', () => {
  it('defaults: insets in a column, 8 px padding, one decimal in paths', () => {
    const p = projectFeatures(france, { width: 800, height: 600 })
    expect(p.frames.map((f) => f.code)).toEqual(['971', '972', '973', '974', '976'])
    const left = Math.min(...p.frames.map((f) => f.x))
    const mainlandLeft = Math.min(...p.shapes.filter((s) => !s.code.startsWith('97')).map((s) => s.bounds[0][0]))
    expect(left).toBeLessThan(mainlandLeft)
    for (const s of p.shapes) expect(inBox(s.bounds, 8, 8, 792, 592), s.code).toBe(true)
    expect(Math.min(...p.frames.map((f) => f.x), ...p.shapes.map((s) => s.bounds[0][0])) < 8.5 || Math.min(...p.frames.map((f) => f.y)) < 8.5).toBe(true)
    expect(p.shapes[0]!.d).toMatch(/^M-?\d+(\.\d)?,-?\d+(\.\d)?L/)
  })

  it('gives every département a path, a centroid in its bounds, its name and the neighbours', () => {
    const p = projectFeatures(france, { width: 800, height: 600, insets: 'row', padding: 0 })
    expect(p.shapes).toHaveLength(101)
    for (const s of p.shapes) {
      expect(s.d.length, s.code).toBeGreaterThan(20)
      expect(inBox([s.centroid, s.centroid], s.bounds[0][0], s.bounds[0][1], s.bounds[1][0], s.bounds[1][1]), s.code).toBe(true)
    }
    expect(p.shapes.find((s) => s.code === '29')?.name).toBe('Finistère')
    expect(p.neighbors['2A']).toEqual(['2B'])
    const top = Math.min(...p.frames.map((f) => f.y))
    const mainlandBottom = Math.max(...p.shapes.filter((s) => !s.code.startsWith('97')).map((s) => s.bounds[1][1]))
    expect(top).toBeGreaterThan(mainlandBottom)
  })

  it('draws one region alone in a plain projection filling the drawing, without insets', async () => {
    const p = projectFeatures(await loadGeometry('departement', { level: 'region', code: '53' }), { width: 400, height: 400, padding: 10 })
    expect(p.frames).toEqual([])
    expect('frames' in p.projection).toBe(false)
    const xs = p.shapes.flatMap((s) => [s.bounds[0][0], s.bounds[1][0]])
    const ys = p.shapes.flatMap((s) => [s.bounds[0][1], s.bounds[1][1]])
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(380, 0)
  })

  it('fits an overseas département to the whole drawing', async () => {
    const p = projectFeatures(await loadGeometry('commune', { level: 'departement', code: '974' }), { width: 300, height: 300, padding: 0 })
    expect(p.frames).toEqual([])
    const xs = p.shapes.flatMap((s) => [s.bounds[0][0], s.bounds[1][0]])
    const ys = p.shapes.flatMap((s) => [s.bounds[0][1], s.bounds[1][1]])
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(300, 0)
  })

  it('rejects bad sizes and options with the option’s name', () => {
    expect(() => projectFeatures(france, { width: 0, height: 100 })).toThrow('invalid width: 0')
    expect(() => projectFeatures(france, { height: 100 } as never)).toThrow('invalid width')
    expect(() => projectFeatures(france, { width: 100, height: 100, insets: 'up' as never })).toThrow('invalid insets: "up"')
    expect(() => projectFeatures(france, { width: 100, height: 100, padding: -1 })).toThrow('invalid padding: -1')
  })
})

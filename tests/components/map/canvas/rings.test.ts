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

/** The rings of gridPath's output, in grid units: `M x y` then `l` moves (or implicit absolute lines), `z`. */
function readGrid(d: string): number[][] {
  return d
    .split('M')
    .slice(1)
    .map((part) => {
      const [head, moves] = part.replace('z', '').split('l') as [string, string | undefined]
      const abs = head.trim().split(/\s+/).map(Number)
      if (moves === undefined) return abs
      let [x, y] = abs as [number, number]
      const ring = [x, y]
      const steps = moves.trim().split(/\s+/).map(Number)
      for (let i = 0; i < steps.length; i += 2) ring.push((x += steps[i]!), (y += steps[i + 1]!))
      return ring
    })
}

describe('gridPath', () => {
  it('writes whole grid units and relative moves, a point on the grid point of the one before once', async () => {
    const { gridPath } = await import('../../../../src/components/map/canvas/rings.js')
    const ring = Float64Array.from([0, 0, 0.1, 0.1, 10.2, 0, 10, 9.8, 0.2, 10])
    expect(gridPath([ring], 1)).toBe('M0 0l 10 0 0 10 -10 0z')
    expect(gridPath([ring], 0.5)).toBe('M0 0l 20 0 0 20 -20 0z')
    expect(readGrid(gridPath([ring], 1))).toEqual([[0, 0, 10, 0, 10, 10, 0, 10]])
  })

  it('keeps a border shared: two neighbours running it in opposite directions get the same points', async () => {
    const { gridPath } = await import('../../../../src/components/map/canvas/rings.js')
    const border = [0, 0, 0.31, 1.02, 0.4, 1.2, 1.77, 2.4, 2.01, 3.6, 2.2, 5]
    const reversed: number[] = []
    for (let i = border.length - 2; i >= 0; i -= 2) reversed.push(border[i]!, border[i + 1]!)
    const west = readGrid(gridPath([Float64Array.from([...border, -3, 5, -3, 0])], 0.5))[0]!
    const east = readGrid(gridPath([Float64Array.from([...reversed, 5, 5, 5, 0])], 0.5))[0]!
    const pairs = (r: number[]) => r.flatMap((_, i) => (i % 2 ? [] : [`${r[i]},${r[i + 1]}`]))
    const onBorder = (r: number[]) => pairs(r).filter((p) => !/^(-6|10),/.test(p))
    expect(onBorder(west)).toEqual(onBorder(east).reverse())
  })

  it('writes a ring smaller than a grid step unrounded, so that it is still drawn', async () => {
    const { gridPath } = await import('../../../../src/components/map/canvas/rings.js')
    const tiny = Float64Array.from([10, 10, 10.2, 10, 10.2, 10.2])
    expect(gridPath([tiny], 1)).toBe('M10 10 10.2 10 10.2 10.2z')
    expect(gridPath([Float64Array.from([1, 2])], 1)).toBe('M1 2z')
    expect(gridPath([], 1)).toBe('')
  })

  it('the communes of France at France scale: every commune drawn, every point within 0.36 px of its ring’s', async () => {
    const { gridPath, GRID_PX } = await import('../../../../src/components/map/canvas/rings.js')
    const { loadViewGeometry } = await import('../../../../src/components/map/geometry.js')
    const { useShippedGeometry } = await import('../../../core/geo/setup.js')
    useShippedGeometry()
    // 600 viewBox units drawn 370 device pixels wide (the map beside its legend in a 704-px column).
    const scale = 370 / 600
    const unit = GRID_PX / scale
    // The map's shapes carry their projected rings (ShapeLayerProps types them as path data only).
    const shapes = (await loadViewGeometry({ level: 'commune', within: null }, 600, 500)).shapes as unknown as { code: string; rings: Float64Array[] }[]
    expect(shapes.length).toBeGreaterThan(34_000)
    let points = 0
    let kept = 0
    let worst = 0
    for (const s of shapes) {
      const rings = readGrid(gridPath(s.rings, unit))
      expect(rings.length, s.code).toBe(s.rings.filter((r) => r.length >= 2).length)
      // Drawn: some ring encloses an area.
      const area = (r: number[]) => r.reduce((sum, _, i) => (i % 2 ? sum : sum + r[i]! * r[(i + 3) % r.length]! - r[(i + 2) % r.length]! * r[i + 1]!), 0)
      expect(rings.some((r) => Math.abs(area(r)) > 0), s.code).toBe(true)
      rings.forEach((r, j) => {
        const source = s.rings[j]!
        points += source.length / 2
        kept += r.length / 2
        // Every written point is a source point moved onto the grid (in device pixels).
        for (let i = 0; i < r.length; i += 2) {
          let best = Infinity
          for (let m = 0; m < source.length; m += 2) best = Math.min(best, Math.hypot(r[i]! * unit - source[m]!, r[i + 1]! * unit - source[m + 1]!) * scale)
          worst = Math.max(worst, best)
        }
      })
    }
    expect(worst).toBeLessThanOrEqual(Math.SQRT1_2 * GRID_PX + 1e-9)
    expect(kept).toBeLessThan(points)
  }, 120_000)
})

import { beforeAll, describe, expect, it } from 'vitest'
import { geoPath } from 'd3-geo'
import type { GeoProjection } from 'd3-geo'
import { projectFeatures } from '../../../src/core/geo/features.js'
import { finishShapes, singleFrame } from '../../../src/core/geo/project.js'
import { loadGeometry } from '../../../src/core/geo/load.js'
import type { GeoFrance } from '../../../src/core/geo/projection.js'
import type { GeoFeature, LevelGeometry } from '../../../src/core/geo/types.js'
import { useShippedGeometry } from './setup.js'

let france: LevelGeometry
let brittany: LevelGeometry
beforeAll(async () => {
  useShippedGeometry()
  france = await loadGeometry('departement')
  brittany = await loadGeometry('commune', { level: 'region', code: '53' })
})

const firstPoint = (f: GeoFeature): [number, number] => {
  const g = f.geometry
  const p = g.type === 'Polygon' ? g.coordinates[0]![0]! : g.coordinates[0]![0]![0]!
  return [p[0]!, p[1]!]
}

// The fast path projects each point once, without resampling or clipping: it must write what d3's
// geoPath writes with the same fitted projection (resampling adds no point on this geometry).
describe('projectFeatures draws what d3 draws', () => {
  it('all France: same path data, centroids and bounds as geoPath through the fitted geoFrance', () => {
    for (const insets of ['column', 'row'] as const) {
      const p = projectFeatures(france, { width: 704, height: 600, padding: 4, insets })
      const fr = p.projection as GeoFrance
      for (const s of p.shapes) {
        const path = geoPath(fr.projectionFor(firstPoint(s.feature))).digits(1)
        expect(s.d, s.code).toBe(path(s.feature))
        const c = path.centroid(s.feature)
        expect(s.centroid[0]).toBeCloseTo(c[0], 6)
        expect(s.centroid[1]).toBeCloseTo(c[1], 6)
        const b = path.bounds(s.feature)
        for (const [i, j] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) expect(s.bounds[i][j]).toBeCloseTo(b[i][j], 6)
      }
    }
  })

  it('fits all France as geoFrance.fitExtent on the whole collection does', async () => {
    const { geoFrance } = await import('../../../src/core/geo/projection.js')
    const p = projectFeatures(france, { width: 800, height: 600 }).projection as GeoFrance
    const reference = geoFrance().fitExtent([[8, 8], [792, 592]], { type: 'FeatureCollection', features: france.features })
    expect(p.scale() / reference.scale()).toBeCloseTo(1, 6)
    expect(p.translate()[0]).toBeCloseTo(reference.translate()[0], 3)
    expect(p.translate()[1]).toBeCloseTo(reference.translate()[1], 3)
  })

  it('a region: same path data as geoPath through the fitted plain projection', () => {
    const p = projectFeatures(brittany, { width: 400, height: 400, padding: 10 })
    const path = geoPath(p.projection as GeoProjection).digits(1)
    for (const s of p.shapes) expect(s.d, s.code).toBe(path(s.feature))
  })

  it('rings hold the coordinates the path data writes', () => {
    const p = projectFeatures(france, { width: 800, height: 600 })
    for (const s of p.shapes.slice(0, 10)) {
      const fromRings = s.rings.map((r) => `M${r[0]},${r[1]}` + Array.from({ length: r.length / 2 - 1 }, (_, i) => `L${r[2 * i + 2]},${r[2 * i + 3]}`).join('') + 'Z').join('')
      expect(fromRings).toBe(s.d)
    }
  })

  it('shapes without area: d3’s length-weighted centroid, else the mean of the points (closing point counted again)', () => {
    const frame = singleFrame((p) => p as [number, number], { k: 1, t: [0, 0] })
    const unit = [
      { code: 'line', name: 'line', zone: 0, rings: [new Float64Array([0, 0, 2, 0, 4, 0])] },
      { code: 'point', name: 'point', zone: 0, rings: [new Float64Array([1, 1])] },
      { code: 'square', name: 'square', zone: 0, rings: [new Float64Array([0, 0, 0, 1, 1, 1, 1, 0])] },
    ]
    const { shapes, k, t } = finishShapes(frame, unit, [[0, 0], [100, 100]], 1)
    const px = (x: number, y: number) => [t[0] + k * x, t[1] + k * y]
    const [line, point, square] = shapes
    // Segments 0→2, 2→4 and back 4→0: lengths 2, 2, 4 at midpoints 1, 3, 2.
    expect(line!.centroid[0]).toBeCloseTo(px(2, 0)[0]!, 9)
    expect(line!.centroid[1]).toBeCloseTo(px(2, 0)[1]!, 9)
    expect(point!.centroid).toEqual(px(1, 1))
    expect(square!.centroid[0]).toBeCloseTo(px(0.5, 0.5)[0]!, 9)
    expect(square!.centroid[1]).toBeCloseTo(px(0.5, 0.5)[1]!, 9)
    expect(line!.bounds).toEqual([px(0, 0), px(4, 0)])
  })

  it('rounds the unit rings in place (no second array per ring) and carries their runs over', () => {
    const frame = singleFrame((p) => p as [number, number], { k: 1, t: [0, 0] })
    const unitRing = [0, 0, 0, 1, 1, 1, 1, 0.5]
    const ring = new Float64Array(unitRing)
    const runs = [0, 0, 2]
    const { shapes, k, t } = finishShapes(frame, [{ code: 'a', name: 'a', zone: 0, rings: [ring], runs }], [[0, 0], [100, 100]], 1)
    expect(shapes[0]!.rings[0]).toBe(ring)
    expect([...ring]).toEqual(unitRing.map((v, i) => Math.round((t[i % 2]! + k * v) * 10) / 10))
    expect(shapes[0]!.runs).toBe(runs)
  })
})

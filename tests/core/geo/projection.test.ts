import { geoCentroid, geoContains, geoDistance, geoPath } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import { beforeAll, describe, expect, it } from 'vitest'
import { geoFrance, mainlandProjection } from '../../../src/core/geo/projection.js'
import type { GeoFrance, InsetFrame } from '../../../src/core/geo/projection.js'
import { featuresOf } from '../../../src/core/geo/topology.js'
import type { GeoFeature } from '../../../src/core/geo/types.js'
import { readTopology } from './setup.js'

/** A point on land in each DROM (Basse-Terre's forest, Mt Pelée's slopes, inland Guyane, the cirques, Mayotte). */
const INLAND: Record<string, [number, number]> = {
  '971': [-61.65, 16.15],
  '972': [-61.1, 14.78],
  '973': [-53, 4],
  '974': [55.5, -21.1],
  '976': [45.15, -12.8],
}

let deps: GeoFeature[]
const collection = (features: GeoFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features })
const dep = (code: string) => deps.find((f) => f.id === code)!
const inside = ([x, y]: [number, number], f: InsetFrame) => x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height

beforeAll(() => {
  deps = featuresOf(readTopology('france.topo.json'), 'departements').features
})

/** Pixel bounds of the mainland and Corsica. */
function mainlandBounds(p: GeoFrance) {
  return geoPath(p).bounds(collection(deps.filter((f) => !f.id.startsWith('97'))))
}

describe('geoFrance', () => {
  it('defaults: insets in a column, scale 2600, mainland centre at [480, 250], d3 precision', () => {
    const p = geoFrance()
    expect(p.insets()).toBe('column')
    expect(p.scale()).toBe(2600)
    expect(p.translate()).toEqual([480, 250])
    expect(p.precision()).toBeCloseTo(Math.SQRT1_2)
    expect(p([3, 46.5])![0]).toBeCloseTo(480)
    expect(p([3, 46.5])![1]).toBeCloseTo(250)
    expect(p.frames().map((f) => f.code)).toEqual(['971', '972', '973', '974', '976'])
  })

  it('rejects an unknown inset layout', () => {
    expect(() => geoFrance({ insets: 'diagonal' as never })).toThrow('invalid insets: "diagonal"')
  })

  for (const insets of ['column', 'row'] as const) {
    describe(`insets: ${insets}`, () => {
      let p: GeoFrance
      beforeAll(() => {
        p = geoFrance({ insets }).fitSize([960, 700], collection(deps))
      })

      it('draws each DROM inside its own frame, and invert finds it again', () => {
        const path = geoPath(p)
        let centroidsOnLand = 0
        for (const frame of p.frames()) {
          const f = dep(frame.code)
          const c = path.centroid(f)
          expect(inside(c, frame), `${frame.code} centroid ${c} in ${JSON.stringify(frame)}`).toBe(true)
          const [[x0, y0], [x1, y1]] = path.bounds(f)
          expect(x0 >= frame.x && y0 >= frame.y && x1 <= frame.x + frame.width && y1 <= frame.y + frame.height).toBe(true)
          // Guadeloupe's centroid lies in the sea between its islands: the round trip is what is checked there.
          const back = p.invert(c)!
          expect(geoDistance(back, geoCentroid(f)), frame.code).toBeLessThan(1e-4)
          if (geoContains(f, geoCentroid(f))) {
            expect(geoContains(f, back), frame.code).toBe(true)
            centroidsOnLand++
          }
          const land = INLAND[frame.code]!
          expect(inside(p(land)!, frame), frame.code).toBe(true)
          expect(geoContains(f, p.invert(p(land)!)!), frame.code).toBe(true)
        }
        expect(centroidsOnLand).toBe(4)
      })

      it('keeps every frame off the mainland’s bounding box', () => {
        const [[x0, y0], [x1, y1]] = mainlandBounds(p)
        for (const f of p.frames()) {
          const apart = f.x + f.width < x0 || f.x > x1 || f.y + f.height < y0 || f.y > y1
          expect(apart, f.code).toBe(true)
        }
        if (insets === 'column') for (const f of p.frames()) expect(f.x + f.width).toBeLessThan(x0)
        else for (const f of p.frames()) expect(f.y).toBeGreaterThan(y1)
      })

      it('leaves the mainland and Corsica whole: the mainland clip cuts nothing off', () => {
        const unclipped = geoPath(mainlandProjection().scale(p.scale()).translate(p.translate()))
        const clipped = geoPath(p)
        for (const f of deps.filter((x) => !x.id.startsWith('97'))) {
          const a = unclipped.bounds(f).flat()
          const b = clipped.bounds(f).flat()
          a.forEach((v, i) => expect(b[i], f.id).toBeCloseTo(v, 6))
        }
      })

      it('inverts mainland points back into their département (Finistère, both Corsicas)', () => {
        const path = geoPath(p)
        for (const code of ['29', '2A', '2B', '75', '67']) {
          const f = dep(code)
          expect(geoContains(f, p.invert(path.centroid(f))!), code).toBe(true)
        }
      })

      it('fits the features and the frames they reach into the size', () => {
        const [[x0, y0], [x1, y1]] = geoPath(p).bounds(collection(deps))
        for (const v of [x0, y0]) expect(v).toBeGreaterThanOrEqual(-0.5)
        expect(x1).toBeLessThanOrEqual(960.5)
        expect(y1).toBeLessThanOrEqual(700.5)
        for (const f of p.frames()) {
          expect(f.x).toBeGreaterThanOrEqual(-0.5)
          expect(f.y + f.height).toBeLessThanOrEqual(700.5)
        }
        // One of the two dimensions is filled.
        const all = [x0, y0, x1, y1, ...p.frames().flatMap((f) => [f.x, f.y, f.x + f.width, f.y + f.height])]
        const w = Math.max(...all.filter((_, i) => i % 2 === 0)) - Math.min(...all.filter((_, i) => i % 2 === 0))
        const h = Math.max(...all.filter((_, i) => i % 2 === 1)) - Math.min(...all.filter((_, i) => i % 2 === 1))
        expect(Math.max(w / 960, h / 700)).toBeCloseTo(1, 2)
      })
    })
  }

  it('fits the mainland alone without reserving room for the insets', () => {
    const metro = collection(deps.filter((f) => !f.id.startsWith('97')))
    const p = geoFrance().fitSize([500, 500], metro)
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(metro)
    expect(Math.max(x1 - x0, y1 - y0)).toBeCloseTo(500, 0)
  })

  it('returns null when inverting a pixel outside the mainland and the frames', () => {
    const p = geoFrance().fitSize([960, 700], collection(deps))
    expect(p.invert([-5000, -5000])).toBeNull()
  })

  it('fitWidth and fitHeight set the scale from one dimension', () => {
    const all = collection(deps)
    const a = geoFrance().fitSize([600, 10_000], all)
    const b = geoFrance().fitWidth(600, all)
    expect(b.scale()).toBeCloseTo(a.scale(), 6)
    const c = geoFrance().fitSize([10_000, 400], all)
    const d = geoFrance().fitHeight(400, all)
    expect(d.scale()).toBeCloseTo(c.scale(), 6)
  })
})

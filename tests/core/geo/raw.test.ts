import { geoConicConformal, geoMercator, geoPath } from 'd3-geo'
import type { GeoProjection } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { DROMS } from '../../../src/core/geo/drom.js'
import type { Drom } from '../../../src/core/geo/drom.js'
import { dromProjection, geoFrance, mainlandProjection } from '../../../src/core/geo/projection.js'
import { CONIC_SCALE, GAP, LABEL, MAINLAND, MERCATOR_SCALE, PAD, SIDE_GAP, rawDrom, rawFrance, rawMainland } from '../../../src/core/geo/raw.js'
import type { PointProjection } from '../../../src/core/geo/raw.js'

// The map's point projections (src/core/geo/raw.ts) against d3-geo's, which they replace at runtime.

type Box = readonly [readonly [number, number], readonly [number, number]]
// Today they agree to the last bit (same operations in the same order); the bound leaves room for an engine's Math.
const REL = 1e-9

/** A deterministic pseudo-random grid: `n` points in `box` (degrees). */
function pointsIn([[x0, y0], [x1, y1]]: Box, n: number): [number, number][] {
  let seed = 12345
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  return Array.from({ length: n }, () => [x0 + (x1 - x0) * random(), y0 + (y1 - y0) * random()])
}

/** Largest |a − b| relative to |b| (or to the size of the points' spread, for coordinates near 0). Forward only: the map never inverts. */
function worst(raw: PointProjection, d3: GeoProjection, points: [number, number][]): number {
  const forward = points.map((p) => [raw(p), d3(p)!] as const)
  const spread = Math.max(...forward.flatMap(([, q]) => q.map(Math.abs)))
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), spread * 1e-3)
  let fwd = 0
  for (const [a, b] of forward) fwd = Math.max(fwd, rel(a[0], b[0]), rel(a[1], b[1]))
  return fwd
}

const FRANCE: Box = [[-5.5, 41.2], [9.8, 51.3]]
const unit = (p: GeoProjection) => p.scale(1).translate([0, 0])

describe('raw point projections', () => {
  it('default to scale 1, translate [0, 0], and know d3’s default scales', () => {
    const m = unit(mainlandProjection())
    for (const p of [[3, 46.5], [-5, 48], [9.5, 42]] as [number, number][]) expect(rawMainland()(p)).toEqual(m(p))
    expect(rawMainland()([3, 46.5])).toEqual([0, 0])
    expect(CONIC_SCALE).toBe(geoConicConformal().scale())
    expect(MERCATOR_SCALE).toBe(geoMercator().scale())
    expect(geoConicConformal().translate()).toEqual([480, 250])
    expect(geoMercator().translate()).toEqual([480, 250])
  })

  it('equal d3’s conic conformal over France (and beyond)', () => {
    const points = [...pointsIn(FRANCE, 5000), ...pointsIn([[-30, 20], [40, 70]], 1000)]
    expect(worst(rawMainland(), unit(mainlandProjection()), points)).toBeLessThan(REL)
    // At another scale and translate too.
    expect(worst(rawMainland(2600, [480, 250]), mainlandProjection().scale(2600).translate([480, 250]), points)).toBeLessThan(REL)
  })

  it.each(DROMS.map((d) => [d.name, d] as [string, Drom]))('equal d3’s Mercator of %s', (_, drom) => {
    expect(worst(rawDrom(drom), unit(dromProjection(drom)), pointsIn(drom.bounds, 3000))).toBeLessThan(REL)
  })

  /**
   * geoFrance's inset layout built with d3 alone, independently of rawFrance (which geoFrance takes its
   * layout from): the mainland's box from d3's bounds of its extreme points, the documented proportions,
   * and d3's own fitExtent of each DROM's extent into its box.
   */
  function d3Layout(kind: 'column' | 'row') {
    const mainland = unit(mainlandProjection())
    const [[x0, y0], [x1, y1]] = geoPath(mainland).bounds({ type: 'MultiPoint', coordinates: MAINLAND })
    const margin = (y1 - y0) * 0.02
    const clip = [x0 - margin, y0 - margin, x1 + margin, y1 + margin]
    const along = kind === 'column' ? y1 - y0 : x1 - x0
    const side = (along * (1 - GAP * (DROMS.length - 1))) / DROMS.length
    const insets = DROMS.map((drom, i) => {
      const offset = i * (side + along * GAP)
      const x = kind === 'column' ? x0 - along * SIDE_GAP - side : x0 + offset
      const y = kind === 'column' ? y0 + offset : y1 + along * SIDE_GAP
      const pad = side * PAD
      const [[ex0, ey0], [ex1, ey1]] = drom.extent
      const projection = dromProjection(drom).fitExtent([[x + pad, y + side * LABEL], [x + side - pad, y + side - pad]], {
        type: 'MultiPoint',
        coordinates: [[ex0, ey0], [ex1, ey0], [ex1, ey1], [ex0, ey1]],
      })
      return { drom, frame: [x, y, side, side], projection }
    })
    return { mainland, clip, insets }
  }

  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(REL * Math.max(Math.abs(b), 1e-3))

  it.each(['column', 'row'] as const)('lay the insets out as d3 does, in rawFrance and in geoFrance (%s)', (insets) => {
    const expected = d3Layout(insets)
    const raw = rawFrance(insets)
    const france = geoFrance({ insets }).scale(1).translate([0, 0])
    const frames = france.frames()
    raw.clip.flat().forEach((v, i) => close(v, expected.clip[i]!))
    france.projectionFor([3, 46.5]).clipExtent()!.flat().forEach((v, i) => close(v, expected.clip[i]!))
    expected.insets.forEach(({ drom, frame, projection }, i) => {
      const r = raw.insets[i]!
      const [[rx0, ry0], [rx1, ry1]] = r.frame
      expect(r.drom.code).toBe(drom.code)
      expect(frames[i]!.code).toBe(drom.code)
      ;[rx0, ry0, rx1 - rx0, ry1 - ry0].forEach((v, j) => close(v, frame[j]!))
      ;[frames[i]!.x, frames[i]!.y, frames[i]!.width, frames[i]!.height].forEach((v, j) => close(v, frame[j]!))
      close(r.scale, projection.scale())
      r.translate.forEach((v, j) => close(v, projection.translate()[j]!))
      const points = pointsIn(drom.bounds, 2000)
      for (const candidate of [r.projection, france.projectionFor(points[0]!)]) {
        expect(worst(candidate as PointProjection, projection, points)).toBeLessThan(REL)
      }
    })
    expect(worst(raw.mainland, expected.mainland, pointsIn(FRANCE, 2000))).toBeLessThan(REL)
  })
})

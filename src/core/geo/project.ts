import type { Topology } from 'topojson-specification'
import type { InsetFrame } from './projection.js'
import type { InsetLayout, PointProjection } from './raw.js'
import type { GeoFeature } from './types.js'

/*
 * The fast path of projectFeatures: every point is projected once at unit scale (scale 1, translate
 * [0, 0]) by the sub-projection of its territory's zone — for a topology, once per ARC, arcs being
 * shared by neighbours — then the fit is computed from those unit bounds and the pixels follow by one
 * multiply-add (a d3 projection is affine in its scale and translate). Path data, centroid and bounds
 * come out of one pass over the projected rings; the path string is only built when asked for.
 *
 * What differs from streaming features through d3's geoPath:
 * - No adaptive resampling (d3's `precision(0)`). Resampling adds points where a great-circle edge
 *   bends more than √½ px from the straight projected segment. The shipped geometry is simplified and
 *   quantized (1e5) France: its edges are at most a few tens of km, and a great circle of length L
 *   departs from the straight segment of a conformal conic or Mercator by about L²/(8R) ≈ 0.05 km for
 *   L = 50 km, a twentieth of a pixel on a 1000-px-wide map of France. d3 adds no point there either;
 *   it would for long lines (graticules, a continent), which this path does not draw.
 * - No antimeridian clipping: no French territory crosses it (Mayotte 45° E and Guadeloupe 61° W are
 *   far from 180°). Rings wound against d3's spherical convention are reversed first (see `reverse`
 *   below), as `sphericalWinding` did, so the output is the same.
 * - No clip to the inset frames: each DROM's inset is fitted to its territory's own extent.
 * - No d3-geo: the sub-projections are ./raw.ts's point functions, d3's arithmetic without its streams
 *   (the map's bundle leaves d3-geo out; projectFeatures adds the d3 projection for the public API).
 */

/** Flat rings `[x0, y0, x1, y1, …]`, closing point implied. */
export type FlatRings = Float64Array[]

/** One territory projected: pixels, box, centroid; SVG path data on demand. */
export interface ProjectedShape {
  readonly code: string
  readonly name: string
  /** Sub-projection zone: 0 the mainland (or the plain projection), i the inset of `DROMS[i - 1]`. */
  readonly zone: number
  /** SVG path data (`M x,y L … Z` per ring), built on first read from {@link ProjectedShape.rings}. */
  readonly d: string
  /** Rings in viewBox units, rounded to the path's digits: the coordinates the path data writes. */
  readonly rings: readonly Float64Array[]
  readonly centroid: [number, number]
  readonly bounds: [[number, number], [number, number]]
  readonly runs?: readonly number[] | undefined
}

/** Options of projectFeatures (./features.ts). */
export interface ProjectOptions {
  /** Drawing width in pixels (required). */
  width: number
  /** Drawing height in pixels (required). */
  height: number
  /** Layout of the overseas insets when the extent is all France. Default `column`. */
  insets?: InsetLayout
  /** Empty margin around the drawing, in pixels. Default 8. */
  padding?: number
  /** Fraction digits of the SVG path coordinates. Default 1 (a tenth of a pixel). */
  digits?: number
}

/** One territory ready to draw: a {@link ProjectedShape} (without its zone) and its GeoJSON feature. */
export interface Shape extends Omit<ProjectedShape, 'zone'> {
  readonly feature: GeoFeature
}

/** What the projector needs of one territory: its rings at unit scale and its zone (0 mainland or plain). */
export interface UnitShape {
  readonly code: string
  readonly name: string
  readonly zone: number
  readonly rings: FlatRings
  /** Its arcs on the edge of the drawing (see the map's planarShapes), carried over to the projected shape. */
  readonly runs?: readonly number[]
}

type Extent = [[number, number], [number, number]]

/** The sub-projections at unit scale and the fit of an extent to unit bounds. */
export interface Frame {
  /** Zone 0: the mainland (France) or the plain projection; zone i: DROMS[i - 1]'s inset. */
  readonly unit: readonly PointProjection[]
  /** The unit-scale clip extent of zone 0 (geoFrance's mainland), if any. */
  readonly clip?: Extent
  zoneAt(point: readonly [number, number]): number
  /** The frames, and the affine map pixel = t + k · unit (the fitted projection's scale and translate). */
  fit(extent: Extent, boxes: readonly (Extent | undefined)[]): { frames: InsetFrame[]; k: number; t: [number, number] }
}

const emptyBox = (): Extent => [[Infinity, Infinity], [-Infinity, -Infinity]]
const finite = (b: Extent) => b.every((p) => p.every(Number.isFinite)) && b[1][0] >= b[0][0] && b[1][1] >= b[0][1]
const add = (b: Extent, e: Extent) => {
  if (e[0][0] < b[0][0]) b[0][0] = e[0][0]
  if (e[0][1] < b[0][1]) b[0][1] = e[0][1]
  if (e[1][0] > b[1][0]) b[1][0] = e[1][0]
  if (e[1][1] > b[1][1]) b[1][1] = e[1][1]
}

/** d3's fitExtent on bounds computed at unit scale: scale k, translate t. */
function fitTo(extent: Extent, b: Extent): { k: number; t: [number, number] } {
  const w = extent[1][0] - extent[0][0]
  const h = extent[1][1] - extent[0][1]
  const k = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1]))
  return { k, t: [extent[0][0] + (w - k * (b[1][0] + b[0][0])) / 2, extent[0][1] + (h - k * (b[1][1] + b[0][1])) / 2] }
}

/** One inset of a France frame at unit scale: its DROM and its frame. */
export interface UnitInset {
  readonly code: string
  readonly region: string
  readonly name: string
  readonly frame: Extent
}

/**
 * A frame of one zone (a region or département in its own projection): the fit of the shapes' box,
 * or `unfitted` when there is nothing to fit.
 */
export function singleFrame(unit: PointProjection, unfitted: { k: number; t: [number, number] }): Frame {
  return {
    unit: [unit],
    zoneAt: () => 0,
    fit: (extent, [box]) => ({ frames: [], ...(box && finite(box) ? fitTo(extent, box) : unfitted) }),
  }
}

/**
 * All France: the mainland (zone 0, clipped to `clip` for the fit) and the insets (zone i, placed by
 * `unit[i]` in `insets[i - 1].frame`), fitted as geoFrance.fitExtent fits them.
 */
export function franceFrame(unit: readonly PointProjection[], clip: Extent, insets: readonly UnitInset[], zoneAt: (point: readonly [number, number]) => number): Frame {
  /** geoFrance's frames at scale k, translate t (pixel = t + k · unit, as its `frames()`). */
  const framesAt = (k: number, [tx, ty]: [number, number]): InsetFrame[] =>
    insets.map(({ code, region, name, frame: [[x0, y0], [x1, y1]] }) => {
      const x = tx + k * x0
      const y = ty + k * y0
      return { code, region, name, x, y, width: tx + k * x1 - x, height: ty + k * y1 - y }
    })
  return {
    unit,
    clip,
    zoneAt,
    fit(extent, boxes) {
      // As geoFrance.fitExtent: the mainland's own box, and the frame of every inset holding something.
      const b = emptyBox()
      const own = boxes[0]
      if (own && finite(own)) add(b, own)
      insets.forEach(({ frame }, i) => {
        const box = boxes[i + 1]
        if (box && finite(box)) add(b, [[frame[0][0], frame[0][1]], [frame[1][0], frame[1][1]]])
      })
      // Unfitted, geoFrance's defaults: scale 2600, translate [480, 250].
      const { k, t } = finite(b) ? fitTo(extent, b) : { k: 2600, t: [480, 250] as [number, number] }
      return { frames: framesAt(k, t), k, t }
    },
  }
}

/**
 * Hands out Float64Array views into large shared buffers: 35,000 territories make some 150,000 rings
 * and 100,000 arcs, and one ArrayBuffer each would weigh on the garbage collector.
 */
export class Pool {
  private buffer = new Float64Array(0)
  private used = 0
  take(n: number): Float64Array {
    if (this.used + n > this.buffer.length) {
      this.buffer = new Float64Array(Math.max(1 << 18, n))
      this.used = 0
    }
    const view = this.buffer.subarray(this.used, this.used + n)
    this.used += n
    return view
  }
}

/** Maps `[x, y, x, y, …]` (longitude and latitude, or a pre-projected file's coordinates) into `out` by `p`, point by point. */
export function projectFlat(p: PointProjection, lonlat: ArrayLike<number>, out: Float64Array): void {
  const pt: [number, number] = [0, 0]
  for (let i = 0; i < lonlat.length; i += 2) {
    pt[0] = lonlat[i]!
    pt[1] = lonlat[i + 1]!
    const q = p(pt)
    out[i] = q[0]
    out[i + 1] = q[1]
  }
}

// Fields assigned in the constructor, in the order they were declared in (no declarations in the
// shipped code).
class Projected implements ProjectedShape {
  declare readonly code: string
  declare readonly name: string
  declare readonly zone: number
  declare readonly rings: Float64Array[]
  declare readonly centroid: [number, number]
  declare readonly bounds: [[number, number], [number, number]]
  declare readonly runs: readonly number[] | undefined
  private declare path: string | undefined
  constructor(code: string, name: string, zone: number, rings: Float64Array[], centroid: [number, number], bounds: [[number, number], [number, number]], runs: readonly number[] | undefined) {
    this.code = code
    this.name = name
    this.zone = zone
    this.rings = rings
    this.centroid = centroid
    this.bounds = bounds
    this.runs = runs
    this.path = undefined
  }

  get d(): string {
    if (this.path === undefined) {
      let s = ''
      for (const r of this.rings) {
        s += `M${r[0]},${r[1]}`
        for (let i = 2; i < r.length; i += 2) s += `L${r[i]},${r[i + 1]}`
        s += 'Z'
      }
      this.path = s
    }
    return this.path
  }

  toJSON() {
    return { code: this.code, name: this.name, d: this.d, centroid: this.centroid, bounds: this.bounds }
  }
}

/**
 * Fits `shapes` (at unit scale) into `extent` and maps them to pixels in one pass per shape: rounded
 * rings, bounds and d3's planar centroid (area-weighted, else length-weighted, else of the points).
 * The rings are rounded in place: the shapes' unit rings become the pixel rings of the result.
 */
export function finishShapes(frame: Frame, shapes: readonly UnitShape[], extent: Extent, digits: number) {
  const boxes: Extent[] = frame.unit.map(emptyBox)
  // Only the mainland's box is clipped to its frame, as geoFrance's mainland is.
  const clip = frame.clip
  const none: Extent = [[-Infinity, -Infinity], [Infinity, Infinity]]
  for (const s of shapes) {
    const b = boxes[s.zone]!
    // In locals: a number read from an array is a new box in cold code (garbage for the collector).
    const [[cx0, cy0], [cx1, cy1]] = (s.zone === 0 && clip) || none
    let [[x0, y0], [x1, y1]] = b
    for (const r of s.rings) {
      for (let i = 0; i < r.length; i += 2) {
        const x = r[i]!
        const y = r[i + 1]!
        if (x < cx0 || x > cx1 || y < cy0 || y > cy1) continue
        if (x < x0) x0 = x
        if (x > x1) x1 = x
        if (y < y0) y0 = y
        if (y > y1) y1 = y
      }
    }
    boxes[s.zone] = [[x0, y0], [x1, y1]]
  }
  const fitted = frame.fit(extent, boxes)
  const { k } = fitted
  const [tx, ty] = fitted.t
  const m = 10 ** digits
  const out: Projected[] = []
  for (const s of shapes) {
    // d3's planar centroid: area-weighted; for a shape without area, in a second pass, length-weighted,
    // else of the points. One pass computes only what it needs: each number cold code computes is a
    // boxed allocation, and the collector took most of this step's time.
    for (let all = false; ; all = true) {
      let bx0 = Infinity
      let by0 = Infinity
      let bx1 = -Infinity
      let by1 = -Infinity
      let X0 = 0, Y0 = 0, Z0 = 0, X1 = 0, Y1 = 0, Z1 = 0, X2 = 0, Y2 = 0, Z2 = 0
      const rings: Float64Array[] = []
      for (const r of s.rings) {
        const n = r.length
        if (n < 2) continue
        let x0 = 0
        let y0 = 0
        // One more step than the ring has points, back at its first: d3's ringEnd closes the ring so, and
        // counts the first point once more.
        for (let i = 0; i <= n; i += 2) {
          const j = i < n ? i : 0
          const x = tx + k * r[j]!
          const y = ty + k * r[j + 1]!
          if (x < bx0) bx0 = x
          if (x > bx1) bx1 = x
          if (y < by0) by0 = y
          if (y > by1) by1 = y
          if (all) {
            X0 += x
            Y0 += y
            Z0++
          }
          if (i > 0) {
            let z: number
            if (all) {
              const dx = x - x0
              const dy = y - y0
              z = Math.sqrt(dx * dx + dy * dy)
              X1 += (z * (x0 + x)) / 2
              Y1 += (z * (y0 + y)) / 2
              Z1 += z
            }
            z = y0 * x - x0 * y
            X2 += z * (x0 + x)
            Y2 += z * (y0 + y)
            Z2 += z * 3
          }
          x0 = x
          y0 = y
        }
        rings.push(r)
      }
      if (Z2 || all) {
        // Rounded in place, once this pass is the one kept (a second pass reads the unit rings again): the
        // unit rings are this step's own, and a second array per ring doubled the rings' memory and their
        // typed arrays (35,223 for the communes of France: garbage for the collector). The same numbers
        // as `x` and `y` above (a sum of two numbers does not depend on their order).
        for (const r of rings) for (let i = 0; i < r.length; i++) r[i] = Math.round((k * r[i]! + (i & 1 ? ty : tx)) * m) / m
        const centroid: [number, number] = Z2 ? [X2 / Z2, Y2 / Z2] : Z1 ? [X1 / Z1, Y1 / Z1] : Z0 ? [X0 / Z0, Y0 / Z0] : [NaN, NaN]
        out.push(new Projected(s.code, s.name, s.zone, rings, centroid, [[bx0, by0], [bx1, by1]], s.runs))
        break
      }
    }
  }
  return { frames: fitted.frames, k, t: fitted.t, shapes: out }
}

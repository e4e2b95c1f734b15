import { DROMS } from './drom.js'
import type { Drom } from './drom.js'
import type { InsetLayout } from './insets.js'

/*
 * The map's projections as plain point functions, without d3-geo: the same arithmetic, in the same
 * order, as d3-geo 3's `geoConicConformal` and `geoMercator` with a longitude rotation, a center, a
 * scale and a translate (projection/index.js, conicConformal.js, mercator.js, rotation.js), so the
 * results are d3's (tests/core/geo/raw.test.ts). No streams, clipping, resampling or fitting: what
 * the map's fast path (./project.ts) needs, which only ever projects points. d3-geo stays behind the
 * public `geoFrance` (./projection.ts), which lays out its insets with the constants below.
 */

// In a module of their own: the map's part reads the layouts' names, not this module's projections.
export { INSET_LAYOUTS, type InsetLayout } from './insets.js'

type Point = [number, number]
type Extent = [[number, number], [number, number]]

/**
 * `[lon, lat]` in degrees to plane coordinates (y down): a d3 projection's point call. Forward only:
 * nothing reads a point back from the drawing (the public `geoFrance` inverts with d3's projections).
 */
export type PointProjection = (point: readonly [number, number]) => Point

type Raw = (x: number, y: number) => Point

const { PI, abs, cos, log, pow, round, sin, tan } = Math
const RAD = PI / 180
const HALF = PI / 2
const TAU = PI * 2

const tany = (y: number) => tan((HALF + y) / 2)

const mercatorRaw: Raw = (x, y) => [x, log(tany(y))]

/**
 * d3's conicConformalRaw for standard parallels `y0`, `y1` in radians, distinct and away from the
 * poles (France's 44° and 49°): d3's branches for equal parallels, a cone of angle 0 and the pole
 * clamp never run for them.
 */
function conicConformalRaw(y0: number, y1: number): Raw {
  const cy0 = cos(y0)
  const n = log(cy0 / cos(y1)) / log(tany(y1) / tany(y0))
  const f = (cy0 * pow(tany(y0), n)) / n
  return (x, y) => {
    const r = f / pow(tany(y), n)
    return [r * sin(n * x), f - r * cos(n * x)]
  }
}

const wrap = (l: number) => (abs(l) > PI ? l - round(l / TAU) * TAU : l)

/**
 * d3's projection of `raw` with `.rotate([rotate, 0]).center(center).scale(k).translate(t)`, for a
 * rotation and a center within ±180° (d3's `% 360` and `% 2π` leave those as they are).
 */
function pipeline(raw: Raw, rotate: number, center: readonly [number, number], k = 1, t: readonly [number, number] = [0, 0]): PointProjection {
  const dl = rotate * RAD
  const c = raw(center[0] * RAD, center[1] * RAD)
  const dx = t[0] - k * c[0]
  const dy = t[1] + k * c[1]
  return (point) => {
    const q = raw(wrap(point[0] * RAD + dl), point[1] * RAD)
    return [dx + k * q[0], dy - k * q[1]]
  }
}

/** `mainlandProjection()` (parallels 44° and 49°, rotate [-3, 0], center [0, 46.5]) at scale `k`, translate `t`. */
export function rawMainland(k = 1, t: readonly [number, number] = [0, 0]): PointProjection {
  return pipeline(conicConformalRaw(44 * RAD, 49 * RAD), -3, [0, 46.5], k, t)
}

/** `dromProjection(drom)` (Mercator rotated and centred on its bounds) at scale `k`, translate `t`. */
export function rawDrom(drom: Drom, k = 1, t: readonly [number, number] = [0, 0]): PointProjection {
  const [[x0, y0], [x1, y1]] = drom.bounds
  return pipeline(mercatorRaw, -(x0 + x1) / 2, [0, (y0 + y1) / 2], k, t)
}

/** Default scales of d3's `geoConicConformal` and `geoMercator` (translate [480, 250] for both). */
export const CONIC_SCALE = 109.5
export const MERCATOR_SCALE = 961 / TAU

// The extreme points of the mainland and Corsica (Ouessant, Dunkirk, Lauterbourg, Corsica's east coast
// and south cape, Cerbère, Hendaye), with a margin: the insets are laid out around their projected box.
export const MAINLAND: Point[] = [[-5.25, 48.46], [2.55, 51.15], [8.25, 49.05], [9.62, 42.2], [9.25, 41.28], [3.2, 42.38], [-1.85, 43.35]]
// Layout proportions, relative to the mainland's projected height (column) or width (row).
export const GAP = 0.03
export const SIDE_GAP = 0.05
export const PAD = 0.08
export const LABEL = 0.16

function boundsOf(p: PointProjection, points: readonly (readonly [number, number])[]): Extent {
  const b: Extent = [[Infinity, Infinity], [-Infinity, -Infinity]]
  for (const point of points) {
    const [x, y] = p(point)
    if (x < b[0][0]) b[0][0] = x
    if (x > b[1][0]) b[1][0] = x
    if (y < b[0][1]) b[0][1] = y
    if (y > b[1][1]) b[1][1] = y
  }
  return b
}

/** One inset of `geoFrance` at scale 1, translate [0, 0]: its frame and its DROM's projection. */
export interface RawInset {
  readonly drom: Drom
  readonly frame: Extent
  /** d3's fitExtent of the DROM's extent corners into its box: `dromProjection(drom).scale(scale).translate(translate)`. */
  readonly scale: number
  readonly translate: Point
  readonly projection: PointProjection
}

/**
 * `geoFrance({ insets })` at scale 1, translate [0, 0], as points: the mainland's projection, its clip
 * extent, and the insets (frames and projections) laid out as geoFrance lays them out (d3's fitExtent
 * of each DROM's extent corners at scale 150 into its box).
 */
export function rawFrance(kind: InsetLayout) {
  const mainland = rawMainland()
  const box = boundsOf(mainland, MAINLAND)
  const [[mx0, my0], [mx1, my1]] = box
  const margin = (my1 - my0) * 0.02
  const clip: Extent = [[mx0 - margin, my0 - margin], [mx1 + margin, my1 + margin]]
  const n = DROMS.length
  const along = kind === 'column' ? my1 - my0 : mx1 - mx0
  const side = (along * (1 - GAP * (n - 1))) / n
  const insets: RawInset[] = DROMS.map((drom, i) => {
    const offset = i * (side + along * GAP)
    const x = kind === 'column' ? mx0 - along * SIDE_GAP - side : mx0 + offset
    const y = kind === 'column' ? my0 + offset : my1 + along * SIDE_GAP
    const pad = side * PAD
    const [[ex0, ey0], [ex1, ey1]] = drom.extent
    const b = boundsOf(rawDrom(drom, 150), [[ex0, ey0], [ex1, ey0], [ex1, ey1], [ex0, ey1]])
    const extent: Extent = [[x + pad, y + side * LABEL], [x + side - pad, y + side - pad]]
    const w = extent[1][0] - extent[0][0]
    const h = extent[1][1] - extent[0][1]
    const k = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1]))
    const t: Point = [extent[0][0] + (w - k * (b[1][0] + b[0][0])) / 2, extent[0][1] + (h - k * (b[1][1] + b[0][1])) / 2]
    return { drom, frame: [[x, y], [x + side, y + side]], scale: 150 * k, translate: t, projection: rawDrom(drom, 150 * k, t) }
  })
  return { mainland, clip, insets }
}

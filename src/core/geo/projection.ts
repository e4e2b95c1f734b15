import { geoConicConformal, geoMercator, geoStream } from 'd3-geo'
import type { GeoPermissibleObjects, GeoProjection, GeoStream } from 'd3-geo'
import { oneOf } from '../options.js'
import { dromAt } from './drom.js'
import type { Drom } from './drom.js'
import { multiplex } from './multiplex.js'
import { INSET_LAYOUTS, rawFrance } from './raw.js'
import type { InsetLayout } from './raw.js'

export { INSET_LAYOUTS }
export type { InsetLayout }

/** An inset box in pixels, to draw as a frame with its name. */
export interface InsetFrame {
  /** Département code of the DROM (`971`…`976`). */
  readonly code: string
  /** Region code of the DROM (`01`…`06`). */
  readonly region: string
  readonly name: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

type Point = [number, number]
type Extent = [[number, number], [number, number]]

/** The composite projection of France with its five overseas départements in insets. */
export interface GeoFrance {
  /** Projects `[lon, lat]` with the sub-projection whose territory contains it (the mainland otherwise). */
  (point: Point): Point | null
  /** The `[lon, lat]` under a pixel: inside an inset frame its DROM's, else the mainland's; `null` outside both. */
  invert(point: Point): Point | null
  /** Multiplexes the stream to every sub-projection, each clipped to its own frame. */
  stream(stream: GeoStream): GeoStream
  /** Mainland scale (as `geoConicConformal().scale()`); insets follow. Default 2600. */
  scale(): number
  scale(k: number): GeoFrance
  /** Pixel position of the mainland's centre (3° E, 46.5° N). Default `[480, 250]`. */
  translate(): Point
  translate(t: Point): GeoFrance
  /** Adaptive resampling threshold in pixels, for every sub-projection. Default √0.5. */
  precision(): number
  precision(p: number): GeoFrance
  /** Fits `object` and the frames of the insets it reaches into `extent`. */
  fitExtent(extent: Extent, object: GeoPermissibleObjects): GeoFrance
  fitSize(size: Point, object: GeoPermissibleObjects): GeoFrance
  fitWidth(width: number, object: GeoPermissibleObjects): GeoFrance
  fitHeight(height: number, object: GeoPermissibleObjects): GeoFrance
  /** The inset frames in pixels, in code order. */
  frames(): InsetFrame[]
  /** The layout of the insets. */
  insets(): InsetLayout
  /** The sub-projection that draws `[lon, lat]` (for drawing one feature without multiplexing). */
  projectionFor(point: Point): GeoProjection
}

/** Options of {@link geoFrance}. */
export interface GeoFranceOptions {
  /** Inset layout. Default `column`: the map is wider than tall, which suits most page columns. */
  insets?: InsetLayout
}

// The insets are laid out by ./raw.ts (rawFrance: the mainland's extreme points, the layout proportions,
// d3's fitExtent of each DROM in its box), which the map's fast path (./project.ts) shares without d3-geo.

/** Lambert-93-like conic conformal of the mainland (secant parallels 44° and 49°, central meridian 3° E). */
export function mainlandProjection(): GeoProjection {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]).center([0, 46.5])
}

/** Mercator centred on `drom`: conformal and almost true-shaped at these tropical latitudes. */
export function dromProjection(drom: Drom): GeoProjection {
  const [[x0, y0], [x1, y1]] = drom.bounds
  return geoMercator().rotate([-(x0 + x1) / 2, 0]).center([0, (y0 + y1) / 2])
}

interface Inset {
  drom: Drom
  projection: GeoProjection
  /** At scale 1, translate [0, 0]: the frame and the inset's own scale and translate. */
  frame: Extent
  scale: number
  translate: Point
}

function layout(kind: InsetLayout): { clip: Extent; insets: Inset[] } {
  const raw = rawFrance(kind)
  const insets = raw.insets.map(({ drom, frame, scale, translate }) => ({
    drom,
    projection: dromProjection(drom).scale(scale).translate(translate),
    frame,
    scale,
    translate,
  }))
  return { clip: raw.clip, insets }
}

const finite = (b: Extent) => b.flat().every(Number.isFinite)
const noop = () => {}

/**
 * What `geoPath(projection).bounds(object)` gives (the box of the projected, clipped and resampled
 * points), without importing geoPath: its areas, centroids, lengths and path strings would come with
 * it into the bundles of the whole API.
 */
function projectedBounds(projection: GeoProjection, object: GeoPermissibleObjects): Extent {
  let x0 = Infinity
  let y0 = x0
  let x1 = -x0
  let y1 = x1
  geoStream(object, projection.stream({
    point(x, y) {
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
    },
    lineStart: noop,
    lineEnd: noop,
    polygonStart: noop,
    polygonEnd: noop,
    sphere: noop,
  }))
  return [[x0, y0], [x1, y1]]
}

/**
 * Composite projection of France: the mainland and Corsica in a conic conformal close to Lambert-93,
 * and Guadeloupe, Martinique, Guyane, La Réunion and Mayotte each in its own Mercator, in equal square
 * insets (not to scale: each territory fills its box). Build it, then `fitSize([w, h], features)`.
 */
export function geoFrance(options: GeoFranceOptions = {}): GeoFrance {
  const kind = oneOf('insets', options.insets, INSET_LAYOUTS, 'column')
  const mainland = mainlandProjection().scale(1).translate([0, 0])
  const { clip, insets } = layout(kind)
  let k = 2600
  let t: Point = [480, 250]
  let precision = Math.SQRT1_2
  let cache: { stream: GeoStream; out: GeoStream } | undefined

  const px = ([x, y]: readonly [number, number]): Point => [t[0] + k * x, t[1] + k * y]
  const pxExtent = ([a, b]: Extent): Extent => [px(a), px(b)]

  function reset(): GeoFrance {
    mainland.scale(k).translate(t).precision(precision).clipExtent(pxExtent(clip))
    for (const inset of insets) {
      inset.projection
        .scale(inset.scale * k)
        .translate(px(inset.translate))
        .precision(precision)
        .clipExtent(pxExtent(inset.frame))
    }
    cache = undefined
    return france
  }

  const projectionFor = (point: Point): GeoProjection => {
    const drom = dromAt(point)
    return insets.find((inset) => inset.drom === drom)?.projection ?? mainland
  }

  const france = ((point: Point) => projectionFor(point)(point)) as GeoFrance

  france.invert = (point) => {
    const [x, y] = point
    const inside = ([[x0, y0], [x1, y1]]: Extent) => x >= x0 && x <= x1 && y >= y0 && y <= y1
    const inset = insets.find((i) => inside(pxExtent(i.frame)))
    if (inset) return inset.projection.invert?.(point) ?? null
    return inside(mainland.clipExtent() ?? [[0, 0], [0, 0]]) ? (mainland.invert?.(point) ?? null) : null
  }

  france.stream = (out) => {
    if (cache?.out === out) return cache.stream
    const stream = multiplex([mainland.stream(out), ...insets.map((i) => i.projection.stream(out))])
    cache = { stream, out }
    return stream
  }

  france.scale = ((value?: number) => {
    if (value === undefined) return k
    k = value
    return reset()
  }) as GeoFrance['scale']

  france.translate = ((value?: Point) => {
    if (value === undefined) return t
    t = [value[0], value[1]]
    return reset()
  }) as GeoFrance['translate']

  france.precision = ((value?: number) => {
    if (value === undefined) return precision
    precision = value
    return reset()
  }) as GeoFrance['precision']

  /** Bounds at scale `REF` (not 1: resampling depends on the pixel scale) of `object` and the frames it reaches. */
  function boundsOf(object: GeoPermissibleObjects, REF: number): Extent {
    k = REF
    t = [0, 0]
    reset()
    let b: Extent = [[Infinity, Infinity], [-Infinity, -Infinity]]
    const add = (e: Extent) => {
      b = [[Math.min(b[0][0], e[0][0]), Math.min(b[0][1], e[0][1])], [Math.max(b[1][0], e[1][0]), Math.max(b[1][1], e[1][1])]]
    }
    const own = projectedBounds(mainland, object)
    if (finite(own)) add(own)
    for (const inset of insets) {
      const e = projectedBounds(inset.projection, object)
      if (finite(e)) add(pxExtent(inset.frame))
    }
    return b
  }

  france.fitExtent = (extent, object) => {
    const REF = 1000
    const b = boundsOf(object, REF)
    if (!finite(b)) return reset()
    const w = extent[1][0] - extent[0][0]
    const h = extent[1][1] - extent[0][1]
    const f = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1]))
    k = REF * f
    t = [extent[0][0] + (w - f * (b[1][0] + b[0][0])) / 2, extent[0][1] + (h - f * (b[1][1] + b[0][1])) / 2]
    return reset()
  }
  france.fitSize = (size, object) => france.fitExtent([[0, 0], size], object)
  france.fitWidth = (width, object) => {
    const b = boundsOf(object, 1000)
    if (!finite(b)) return reset()
    const f = width / (b[1][0] - b[0][0])
    k = 1000 * f
    t = [-f * b[0][0], -f * b[0][1]]
    return reset()
  }
  france.fitHeight = (height, object) => {
    const b = boundsOf(object, 1000)
    if (!finite(b)) return reset()
    const f = height / (b[1][1] - b[0][1])
    k = 1000 * f
    t = [-f * b[0][0], -f * b[0][1]]
    return reset()
  }

  france.frames = () =>
    insets.map(({ drom, frame }) => {
      const [[x0, y0], [x1, y1]] = pxExtent(frame)
      return { code: drom.code, region: drom.region, name: drom.name, x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
    })
  france.insets = () => kind
  france.projectionFor = projectionFor

  return reset()
}

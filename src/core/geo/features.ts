import type { GeoProjection } from 'd3-geo'
import { integer, invalid, number, oneOf } from '../options.js'
import { finishShapes, frameFor, unitRingsOfCoordinates } from './project.js'
import type { UnitShape } from './project.js'
import { INSET_LAYOUTS } from './projection.js'
import type { GeoFrance, InsetFrame, InsetLayout } from './projection.js'
import type { GeoFeature, GeoProperties, LevelGeometry } from './types.js'

/** Options of {@link projectFeatures}. */
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

/** One territory ready to draw. */
export interface Shape {
  readonly code: string
  readonly name: string
  /** SVG path data (built on first read). */
  readonly d: string
  /** The rings the path data writes, `[x0, y0, x1, y1, …]` each, closing point implied. */
  readonly rings: readonly Float64Array[]
  /** Projected centroid `[x, y]` (of the shape's area). */
  readonly centroid: [number, number]
  /** `[[x0, y0], [x1, y1]]` in pixels. */
  readonly bounds: [[number, number], [number, number]]
  readonly feature: GeoFeature
}

/** What {@link projectFeatures} returns. */
export interface ProjectedGeometry {
  /** {@link geoFrance} for all France; a plain projection fitted to one region or département. */
  readonly projection: GeoFrance | GeoProjection
  /** The overseas inset frames (empty unless the extent is all France). */
  readonly frames: InsetFrame[]
  /** In the order of the features. */
  readonly shapes: Shape[]
  /** From the loaded geometry: codes of the neighbours of each code. */
  readonly neighbors: Readonly<Record<string, readonly string[]>>
}

const firstPoint = (f: GeoFeature): [number, number] => {
  const g = f.geometry
  const p = g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]
  return [p?.[0] ?? 0, p?.[1] ?? 0]
}

/** Reads and checks the options shared by {@link projectFeatures} and the topology path. */
export function projectOptions(options: ProjectOptions) {
  const width = number('width', options.width, undefined, { min: 1 }) ?? invalid('width', options.width, 'required')
  const height = number('height', options.height, undefined, { min: 1 }) ?? invalid('height', options.height, 'required')
  const insets = oneOf('insets', options.insets, INSET_LAYOUTS, 'column')
  const padding = number('padding', options.padding, 8, { min: 0, max: Math.min(width, height) / 2 })!
  const digits = integer('digits', options.digits, 1, { min: 0, max: 6 })
  const extent: [[number, number], [number, number]] = [[padding, padding], [width - padding, height - padding]]
  return { width, height, insets, padding, digits, extent }
}

/**
 * Projects a level's features to SVG paths: all France in {@link geoFrance} with its insets, one region
 * or département in a conic conformal (or, overseas, a Mercator) fitted to it.
 *
 * Each point is projected once, by the sub-projection of its feature's zone, without adaptive
 * resampling or antimeridian clipping (see ./project.ts for why that draws the same); path data,
 * centroid and bounds come from one pass over the projected rings, and `d` is built when first read.
 */
export function projectFeatures(geometry: LevelGeometry, options: ProjectOptions): ProjectedGeometry {
  const { insets, digits, extent } = projectOptions(options)
  const frame = frameFor(geometry.within, insets)
  const unit: UnitShape[] = geometry.features.map((feature) => {
    const zone = frame.zoneAt(firstPoint(feature))
    const g = feature.geometry
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
    return { code: feature.id, name: feature.properties.nom, zone, rings: unitRingsOfCoordinates(frame.unit[zone]!, polygons) }
  })
  const done = finishShapes(frame, unit, extent, digits)
  const shapes = done.shapes.map((shape, i) => Object.assign(shape, { feature: geometry.features[i]! }) as unknown as Shape)
  return { projection: done.projection, frames: done.frames, shapes, neighbors: geometry.neighbors }
}

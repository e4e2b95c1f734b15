import { geoPath } from 'd3-geo'
import type { GeoPath, GeoProjection } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import { integer, invalid, number, oneOf } from '../options.js'
import { dromOf } from './drom.js'
import { dromProjection, geoFrance, INSET_LAYOUTS, mainlandProjection } from './projection.js'
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
  /** SVG path data. */
  readonly d: string
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

/**
 * Projects a level's features to SVG paths: all France in {@link geoFrance} with its insets, one region
 * or département in a conic conformal (or, overseas, a Mercator) fitted to it.
 */
export function projectFeatures(geometry: LevelGeometry, options: ProjectOptions): ProjectedGeometry {
  const width = number('width', options.width, undefined, { min: 1 }) ?? invalid('width', options.width, 'required')
  const height = number('height', options.height, undefined, { min: 1 }) ?? invalid('height', options.height, 'required')
  const insets = oneOf('insets', options.insets, INSET_LAYOUTS, 'column')
  const padding = number('padding', options.padding, 8, { min: 0, max: Math.min(width, height) / 2 })!
  const digits = integer('digits', options.digits, 1, { min: 0, max: 6 })
  const collection: FeatureCollection<GeoFeature['geometry'], GeoProperties> = { type: 'FeatureCollection', features: geometry.features }
  const extent: [[number, number], [number, number]] = [[padding, padding], [width - padding, height - padding]]

  const within = geometry.within
  const drom = within && dromOf(within.level, within.code)
  let projection: GeoFrance | GeoProjection
  let pick: (f: GeoFeature) => GeoProjection
  if (!within) {
    const france = geoFrance({ insets }).fitExtent(extent, collection)
    projection = france
    pick = (f) => france.projectionFor(firstPoint(f))
  } else {
    const plain = (drom ? dromProjection(drom) : mainlandProjection()).fitExtent(extent, collection)
    projection = plain
    pick = () => plain
  }

  const paths = new Map<GeoProjection, GeoPath>()
  const pathOf = (p: GeoProjection) => {
    let path = paths.get(p)
    if (!path) paths.set(p, (path = geoPath(p).digits(digits)))
    return path
  }
  const shapes = geometry.features.map((feature) => {
    const path = pathOf(pick(feature))
    return {
      code: feature.id,
      name: feature.properties.nom,
      d: path(feature) ?? '',
      centroid: path.centroid(feature),
      bounds: path.bounds(feature),
      feature,
    }
  })
  return { projection, frames: 'frames' in projection ? projection.frames() : [], shapes, neighbors: geometry.neighbors }
}

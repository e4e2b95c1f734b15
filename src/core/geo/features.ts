import type { GeoProjection } from 'd3-geo'
import { dromOf } from './drom.js'
import { projectLevel } from './lonlat.js'
import type { ProjectOptions, Shape } from './project.js'
import { dromProjection, geoFrance, mainlandProjection } from './projection.js'
import type { GeoFrance, InsetFrame, InsetLayout } from './projection.js'
import type { LevelGeometry } from './types.js'

export { projectOptions } from './lonlat.js'
export type { ProjectOptions, Shape } from './project.js'

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

/**
 * Projects a level's features to SVG paths: all France in {@link geoFrance} with its insets, one region
 * or département in a conic conformal (or, overseas, a Mercator) fitted to it.
 *
 * Each point is projected once, by the sub-projection of its feature's zone, without adaptive
 * resampling or antimeridian clipping (see ./project.ts for why that draws the same); path data,
 * centroid and bounds come from one pass over the projected rings, and `d` is built when first read.
 */
export function projectFeatures(geometry: LevelGeometry, options: ProjectOptions): ProjectedGeometry {
  const { shapes, frames, k, t, insets } = projectLevel(geometry, options)
  // The d3 projection the shapes were drawn with (the map's own path, projectLevel, does without it).
  const within = geometry.within
  const drom = within && dromOf(within.level, within.code)
  const projection = within ? (drom ? dromProjection(drom) : mainlandProjection()) : geoFrance({ insets })
  ;(projection as GeoProjection).scale(k).translate(t)
  return { projection, frames, shapes, neighbors: geometry.neighbors }
}

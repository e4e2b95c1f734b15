import { integer, invalid, number, oneOf } from '../options.js'
import { DROMS, dromAt, dromOf } from './drom.js'
import { INSET_LAYOUTS } from './insets.js'
import { finishShapes, franceFrame, projectFlat, singleFrame } from './project.js'
import type { FlatRings, Frame, ProjectOptions, Shape, UnitShape } from './project.js'
import { CONIC_SCALE, MERCATOR_SCALE, rawDrom, rawFrance, rawMainland } from './raw.js'
import type { InsetLayout, PointProjection } from './raw.js'
import type { GeoFeature, GeoWithin, LevelGeometry } from './types.js'

// Geometry in longitude and latitude (the public loadGeometry's features, projectFeatures): the
// projections of ./raw.ts at unit scale, then ./project.ts's fit. The map's files come pre-projected
// (./planar.ts) and leave this module, and its trigonometry, out of the map's part.

/**
 * All France in {@link geoFrance} (`within` absent), or one region or département in a plain
 * conic conformal (overseas: Mercator), as projectFeatures fits them.
 */
export function frameFor(within: GeoWithin | undefined, insets: InsetLayout): Frame {
  const drom = within && dromOf(within.level, within.code)
  // Unfitted, d3's defaults: scale 109.5 (conic) or 961 / 2π (Mercator), translate [480, 250].
  if (within) return singleFrame(drom ? rawDrom(drom) : rawMainland(), { k: drom ? MERCATOR_SCALE : CONIC_SCALE, t: [480, 250] })
  // geoFrance({ insets }) at scale 1, translate [0, 0] (./raw.ts lays its insets out the same way).
  const france = rawFrance(insets)
  return franceFrame(
    [france.mainland, ...france.insets.map((i) => i.projection)],
    france.clip,
    france.insets.map(({ drom, frame }) => ({ ...drom, frame })),
    (point) => {
      const d = dromAt(point as [number, number])
      return d ? DROMS.indexOf(d) + 1 : 0
    },
  )
}

/** Unit rings of GeoJSON polygon coordinates, as d3 streams them (closing point dropped). */
export function unitRingsOfCoordinates(p: PointProjection, polygons: readonly (readonly (readonly (readonly number[])[])[])[]): FlatRings {
  const rings: FlatRings = []
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const n = ring.length - 1
      if (n < 1) continue
      const lonlat = new Float64Array(2 * n)
      for (let i = 0; i < n; i++) {
        lonlat[2 * i] = ring[i]![0]!
        lonlat[2 * i + 1] = ring[i]![1]!
      }
      const out = new Float64Array(2 * n)
      projectFlat(p, lonlat, out)
      rings.push(out)
    }
  }
  return rings
}

const firstPoint = (f: GeoFeature): [number, number] => {
  const g = f.geometry
  const p = g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0]
  return [p?.[0] ?? 0, p?.[1] ?? 0]
}

/**
 * projectFeatures without the d3 projection object: the shapes, the inset frames, and the fitted scale
 * `k` and translate `t`.
 */
export function projectLevel(geometry: LevelGeometry, options: ProjectOptions) {
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
  return { frames: done.frames, k: done.k, t: done.t, insets, shapes }
}

/** Reads and checks the options of projectFeatures. */
export function projectOptions(options: ProjectOptions) {
  const width = number('width', options.width, undefined, { min: 1 }) ?? invalid('width', options.width, 'required')
  const height = number('height', options.height, undefined, { min: 1 }) ?? invalid('height', options.height, 'required')
  const insets = oneOf('insets', options.insets, INSET_LAYOUTS, 'column')
  const padding = number('padding', options.padding, 8, { min: 0, max: Math.min(width, height) / 2 })!
  const digits = integer('digits', options.digits, 1, { min: 0, max: 6 })
  const extent: [[number, number], [number, number]] = [[padding, padding], [width - padding, height - padding]]
  return { width, height, insets, padding, digits, extent }
}

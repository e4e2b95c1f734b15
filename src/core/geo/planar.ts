import type { Topology } from 'topojson-specification'
import { franceFrame, singleFrame } from './project.js'
import type { Frame } from './project.js'
import type { InsetLayout, PointProjection } from './raw.js'

type Extent = [[number, number], [number, number]]

/**
 * A topology pre-projected at build time (scripts/geo/planar.mjs): coordinates at unit scale in the
 * projection of their zone, zone i shifted by i along x (0 the mainland, i the inset of the i-th
 * overseas département), with the numbers of geoFrance's inset layouts at unit scale.
 */
export interface PlanarTopology extends Topology {
  /** Absent from files only drawn within a région or département (the communes of one département). */
  readonly insets?: {
    readonly zones: readonly { readonly code: string; readonly region: string; readonly name: string }[]
    readonly layouts: Readonly<Record<InsetLayout, { readonly clip: Extent; readonly insets: readonly { readonly frame: Extent; readonly scale: number; readonly translate: readonly [number, number] }[] }>>
  }
}

/**
 * A pre-projected topology in typed arrays, as the map draws it, decoded from its `.xy.bin` file
 * (./planar-binary.ts). The geometries of every object follow one another, object `name` from
 * `objects[name][0]` to before `objects[name][1]`, with their codes in `ids`. Geometry g's rings are
 * `shapes[g]` to `shapes[g + 1]` (polygons one after the other), ring r's arcs are `refs[rings[r]]`
 * to `refs[rings[r + 1]]` (`~i`: arc i backwards), arc i's points are `arcs[i]` to `arcs[i + 1]`,
 * point p at `xy[2p]`, `xy[2p + 1]` on the grid of `transform`.
 */
export interface PlanarArcs extends Pick<PlanarTopology, 'insets'> {
  readonly transform: NonNullable<Topology['transform']>
  readonly objects: Readonly<Record<string, readonly [number, number]>>
  readonly ids: readonly string[]
  readonly xy: Int32Array
  readonly arcs: Uint32Array
  readonly shapes: Uint32Array
  readonly rings: Uint32Array
  readonly refs: Int32Array
}

const same: PointProjection = (p) => p as [number, number]

/**
 * The frame of a pre-projected topology: all France laid out as geoFrance lays it out, or one region
 * or département (`within`), fitted on its own. The zones' projections were applied at build time, so
 * what is left is affine: an inset's points are scaled and moved into its frame.
 */
export function planarFrame(topology: Pick<PlanarTopology, 'insets'>, within: boolean, insets: InsetLayout): Frame {
  // A shift of the drawing's origin is absorbed by the fit: the shapes of one zone need no move.
  if (within) return singleFrame(same, { k: 1, t: [0, 0] })
  const { zones, layouts } = topology.insets!
  const layout = layouts[insets]
  return franceFrame(
    [same, ...layout.insets.map(({ scale: s, translate: [tx, ty] }, i): PointProjection => ([x, y]) => [tx + s * (x - i - 1), ty + s * y])],
    layout.clip,
    zones.map((z, i) => ({ ...z, frame: layout.insets[i]!.frame })),
    ([x]) => Math.round(x),
  )
}

import { loadAsset } from '../../core/assets.js'
import { readPlanar } from '../../core/geo/planar-binary.js'
import { planarFrame } from '../../core/geo/planar.js'
import type { PlanarArcs } from '../../core/geo/planar.js'
import type { Frame } from '../../core/geo/project.js'
import { loadTerritories } from '../../core/registry/lazy.js'
import { territory } from '../../core/registry/store.js'
import type { View } from '../../core/selection.js'

/** What the map draws communes or EPCI from: typed arcs with one geometry per current code. */
export interface CommuneLayer {
  readonly planar: PlanarArcs
  /** The registry's name of a commune or EPCI. */
  readonly nameOf: (code: string) => string | undefined
  /** The frame the view is drawn in (the files are pre-projected: see core/geo/planar.ts), insets in a column. */
  readonly frame: Frame
}

/**
 * The geometry of a view at commune or EPCI level, with the registry of that level loaded. The files
 * are keyed by current codes at build time (scripts/build-geo.mjs): communes merged since the 2018
 * geometry are one, an EPCI is the union of its member communes — cut to the département or region
 * of the view when it crosses its border — and a region has its own files, so nothing is merged here.
 */
export async function communeLayer(view: View): Promise<CommuneLayer> {
  const level = view.level as 'commune' | 'epci'
  const [planar] = await Promise.all([layerArcs(view, level === 'commune' ? 'communes' : 'epci'), loadTerritories(level)])
  return { planar, nameOf: (code) => territory(level, code)?.name, frame: planarFrame(planar, !!view.within, 'column') }
}

// Pre-projected (scripts/geo/planar.mjs) in binary (scripts/geo/xy-binary.mjs): the map's own files,
// beside loadGeometry's .topo.json.
function layerArcs({ within }: View, object: string): Promise<PlanarArcs> {
  return loadAsset(within ? `geo/${object}/${within.level === 'region' ? 'regions/' : ''}${within.code}.xy.bin` : `geo/${object}.xy.bin`, undefined, readPlanar)
}

import { loadAsset } from '../../core/assets.js'
import { planarFrame } from '../../core/geo/planar.js'
import type { PlanarTopology } from '../../core/geo/planar.js'
import type { Frame } from '../../core/geo/project.js'
import { loadTerritories } from '../../core/registry/lazy.js'
import { territory } from '../../core/registry/store.js'
import type { View } from '../../core/selection.js'

/** What the map draws communes or EPCI from: a topology with one geometry per current code. */
export interface CommuneLayer {
  readonly topology: PlanarTopology
  /** The object of `topology` to draw: `communes` or `epci`. */
  readonly object: string
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
  const object = level === 'commune' ? 'communes' : 'epci'
  const [topology] = await Promise.all([layerTopology(view, object), loadTerritories(level)])
  return { topology, object, nameOf: (code) => territory(level, code)?.name, frame: planarFrame(topology, !!view.within, 'column') }
}

// Pre-projected (scripts/geo/planar.mjs): the map's own files, beside loadGeometry's .topo.json.
function layerTopology({ within }: View, object: string): Promise<PlanarTopology> {
  return loadAsset<PlanarTopology>(within ? `geo/${object}/${within.level === 'region' ? 'regions/' : ''}${within.code}.xy.json` : `geo/${object}.xy.json`)
}

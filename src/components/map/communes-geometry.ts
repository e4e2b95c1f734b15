import { mergeArcs } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { loadAsset } from '../../core/assets.js'
import { planarFrame } from '../../core/geo/planar.js'
import type { PlanarTopology } from '../../core/geo/planar.js'
import type { Frame } from '../../core/geo/project.js'
import type { InsetLayout } from '../../core/geo/insets.js'
import { mergeTopologies } from '../../core/geo/topology.js'
import { currentCommuneCode } from '../../core/registry/history.js'
import { loadTerritories } from '../../core/registry/lazy.js'
import { territory } from '../../core/registry/store.js'
import { children } from '../../core/registry/tree.js'
import type { View } from '../../core/selection.js'
import type { ArcPolygons, Geom, Merge } from './geometry.js'

/** What the map draws communes or EPCI from: the 2018 commune topology and how its geometries group. */
export interface CommuneLayer {
  readonly topology: PlanarTopology
  /** The code a 2018 commune is drawn under: its current commune, or that commune's EPCI. */
  readonly keyOf: (g: Geom) => string | undefined
  /** The registry's name of a commune or EPCI. */
  readonly nameOf: (code: string) => string | undefined
  readonly merge: Merge
  /** The frame the view is drawn in (the files are pre-projected: see core/geo/planar.ts). */
  readonly frame: (insets: InsetLayout) => Frame
}

/**
 * The commune geometry of a view at commune or EPCI level, with the registry of that level loaded.
 * The geometry is of 2018 while the registry is current: communes merged since are drawn as one, and
 * an EPCI as the union of its member communes.
 */
export async function communeLayer(view: View): Promise<CommuneLayer> {
  const level = view.level as 'commune' | 'epci'
  const [topology] = await Promise.all([communeTopology(view), loadTerritories(level)])
  return {
    topology,
    keyOf: (g) => {
      const current = currentCommuneCode(String(g.id))
      return level === 'commune' ? current : current ? territory('commune', current)?.epci : undefined
    },
    nameOf: (code) => territory(level, code)?.name,
    merge: (t, geoms) => (mergeArcs(t, geoms as never) as unknown as { arcs: ArcPolygons }).arcs,
    frame: (insets) => planarFrame(topology, !!view.within, insets),
  }
}

// The map's commune files, pre-projected (scripts/geo/planar.mjs); loadGeometry reads their twins in
// longitude and latitude (.topo.json).
async function communeTopology(view: View): Promise<PlanarTopology> {
  const { within } = view
  if (!within) return loadAsset<PlanarTopology>('geo/communes.xy.json')
  const deps = within.level === 'departement' ? [within.code] : children('region', within.code, 'departement').map((d) => d.code)
  const files = await Promise.all(deps.map((d) => loadAsset<Topology>(`geo/communes/${d}.xy.json`)))
  return mergeTopologies(files, 'communes') as PlanarTopology
}

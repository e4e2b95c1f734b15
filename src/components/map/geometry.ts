import { geoArea } from 'd3-geo'
import type { MultiPolygon, Polygon } from 'geojson'
import { feature, merge, neighbors } from 'topojson-client'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import { loadAsset } from '../../core/assets.js'
import { loadGeometry } from '../../core/geo/load.js'
import { projectFeatures } from '../../core/geo/features.js'
import { mergeTopologies } from '../../core/geo/topology.js'
import type { GeoFeature, LevelGeometry } from '../../core/geo/types.js'
import { currentCommuneCode } from '../../core/registry/history.js'
import { loadTerritories } from '../../core/registry/lazy.js'
import { territory } from '../../core/registry/store.js'
import { children } from '../../core/registry/tree.js'
import type { View } from '../../core/selection.js'
import type { ViewGeometry } from './types.js'

/**
 * Loads and projects the geometry of a view into `width` × `height` (viewBox units).
 *
 * Régions and départements: the shipped features as they are. Communes and EPCI: the commune
 * geometry is of 2018 while the registry is current, so each 2018 commune is keyed by
 * `currentCommuneCode` — communes merged since are drawn as one — and EPCI are the union of their
 * member communes (topojson `merge`), membership from the registry. Neighbours follow the grouping.
 */
export async function loadViewGeometry(view: View, width: number, height: number, signal?: AbortSignal): Promise<ViewGeometry> {
  const level = view.level
  const within = view.within ?? undefined
  let geometry: LevelGeometry
  if (level === 'region' || level === 'departement') geometry = await loadGeometry(level, within, signal)
  else {
    const [topology] = await Promise.all([communeTopology(view, signal), loadTerritories(level, signal)])
    geometry = grouped(view, topology)
  }
  const projected = projectFeatures(geometry, { width, height, padding: 4 })
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    shapes: projected.shapes.filter((s) => s.d !== ''),
    neighbours: new Map(Object.entries(projected.neighbors)),
    frames: projected.frames.map(({ x, y, width: w, height: h }) => `M${round(x)},${round(y)}h${round(w)}v${round(h)}h${round(-w)}Z`),
    insetLabels: projected.frames.map(({ code, name, x, y }) => ({ code, name, x: round(x), y: round(y) })),
    width,
    height,
  }
}

async function communeTopology(view: View, signal?: AbortSignal): Promise<Topology> {
  const { within } = view
  if (!within) return loadAsset<Topology>('geo/communes.topo.json', signal)
  const deps = within.level === 'departement' ? [within.code] : children('region', within.code, 'departement').map((d) => d.code)
  const files = await Promise.all(deps.map((d) => loadAsset<Topology>(`geo/communes/${d}.topo.json`, signal)))
  return mergeTopologies(files, 'communes')
}

type Geom = GeometryObject<{ nom?: string }> & { id?: string | number }

/** The key a 2018 commune is drawn under: its current commune, or the EPCI of that commune. */
function keyOf(level: 'commune' | 'epci', code: string): string | undefined {
  const current = currentCommuneCode(code)
  if (level === 'commune') return current
  return current ? territory('commune', current)?.epci : undefined
}

function grouped(view: View, topology: Topology): LevelGeometry {
  const level = view.level as 'commune' | 'epci'
  const geometries = (topology.objects['communes'] as GeometryCollection).geometries as Geom[]
  const keys = geometries.map((g) => keyOf(level, String(g.id)))
  const members = new Map<string, Geom[]>()
  geometries.forEach((g, i) => {
    const key = keys[i]
    if (key === undefined) return
    const list = members.get(key)
    if (list) list.push(g)
    else members.set(key, [g])
  })
  const features: GeoFeature[] = [...members]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, geoms]) => {
      const geometry = geoms.length === 1 ? (feature(topology, geoms[0]! as never) as unknown as GeoFeature).geometry : merge(topology, geoms as never)
      const nom = territory(level, code)?.name ?? (geoms[0]!.properties as { nom?: string } | undefined)?.nom ?? code
      return { type: 'Feature', id: code, properties: { nom }, geometry: sphericalWinding(geometry) }
    })
  const links = new Map<string, Set<string>>()
  neighbors(geometries as never).forEach((list, i) => {
    const a = keys[i]
    if (a === undefined) return
    for (const j of list) {
      const b = keys[j]
      if (b === undefined || b === a) continue
      let set = links.get(a)
      if (!set) links.set(a, (set = new Set()))
      set.add(b)
    }
  })
  const neighbours = Object.fromEntries([...links].map(([k, v]) => [k, [...v].sort()]))
  // LevelGeometry knows the shipped levels; EPCI features are shaped like communes.
  return { level: 'commune', ...(view.within ? { within: view.within } : {}), features, neighbors: neighbours }
}

/**
 * d3-geo reads rings clockwise; a merged polygon wound the other way would cover the whole globe
 * but the territory. A shape larger than a hemisphere is such a case: its rings are reversed.
 */
function sphericalWinding<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geoArea(geometry) <= 2 * Math.PI) return geometry
  const reverse = (rings: number[][][]) => rings.map((r) => [...r].reverse())
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: reverse(geometry.coordinates) }
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(reverse) } as G
}

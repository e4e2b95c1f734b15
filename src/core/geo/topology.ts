import { feature, neighbors as topoNeighbors } from 'topojson-client'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import type { GeoFeature, GeoProperties } from './types.js'

type Arc = [number, number][]

/** Absolute quantized positions of an arc (TopoJSON stores deltas). */
function absolute(arc: readonly (readonly number[])[], quantized: boolean): Arc {
  let x = 0
  let y = 0
  return arc.map(([dx = 0, dy = 0]) => (quantized ? [(x += dx), (y += dy)] : [dx, dy]))
}

function delta(arc: Arc): Arc {
  let x = 0
  let y = 0
  return arc.map(([ax, ay]) => {
    const d: [number, number] = [ax - x, ay - y]
    x = ax
    y = ay
    return d
  })
}

const sameTransform = (a: Topology, b: Topology) => JSON.stringify(a.transform) === JSON.stringify(b.transform)

/**
 * Joins the object `name` of several topologies into one topology. When they share a quantization
 * transform (the per-département commune files do), an arc found in two files (a border between
 * départements) becomes one arc, so neighbours are found across files.
 */
export function mergeTopologies(topologies: readonly Topology[], name: string): Topology {
  const first = topologies[0]
  if (!first) return { type: 'Topology', objects: { [name]: { type: 'GeometryCollection', geometries: [] } }, arcs: [] }
  if (topologies.length === 1) return first
  const shared = topologies.every((t) => sameTransform(t, first))
  const quantized = first.transform !== undefined
  const keys = new Map<string, number>()
  const arcs: Arc[] = []
  const geometries: GeometryObject[] = []
  for (const topology of topologies) {
    const remap = topology.arcs.map((raw) => {
      const arc = absolute(raw, quantized)
      const key = arc.join(';')
      const found = shared ? keys.get(key) : undefined
      if (found !== undefined) return found
      const reverse = shared ? keys.get(arc.slice().reverse().join(';')) : undefined
      if (reverse !== undefined) return ~reverse
      keys.set(key, arcs.length)
      arcs.push(arc)
      return arcs.length - 1
    })
    const map = (i: number) => (i < 0 ? ~remap[~i]! : remap[i]!)
    const object = topology.objects[name] as GeometryCollection | undefined
    for (const g of object?.geometries ?? []) {
      if (g.type === 'Polygon') geometries.push({ ...g, arcs: g.arcs.map((ring) => ring.map(map)) })
      else if (g.type === 'MultiPolygon') geometries.push({ ...g, arcs: g.arcs.map((p) => p.map((ring) => ring.map(map))) })
    }
  }
  return {
    type: 'Topology',
    ...(quantized && shared ? { transform: first.transform } : {}),
    objects: { [name]: { type: 'GeometryCollection', geometries } },
    arcs: quantized && shared ? arcs.map(delta) : arcs,
  }
}

/** The geometries of `topology.objects[name]` that `keep` accepts, as features, with their neighbours by code. */
export function featuresOf(
  topology: Topology,
  name: string,
  keep: (geometry: GeometryObject) => boolean = () => true,
): { features: GeoFeature[]; neighbors: Record<string, string[]> } {
  const object = topology.objects[name] as GeometryCollection | undefined
  if (!object) throw new Error(`topology has no object ${name}`)
  const geometries = object.geometries.filter(keep).sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const features = geometries.map((g) => {
    const f = feature(topology, g) as unknown as GeoFeature
    f.id = String(g.id)
    f.properties = { ...(g.properties as GeoProperties | undefined) } as GeoProperties
    return f
  })
  const neighbors: Record<string, string[]> = {}
  topoNeighbors(geometries).forEach((list, i) => {
    neighbors[features[i]!.id] = list.map((j) => features[j]!.id)
  })
  return { features, neighbors }
}

// TopoJSON helpers for the geometry build: simplification that never erases a ring, and extraction
// of a subset of a topology that keeps the parent's arcs (so files cut from one topology tile exactly).
import { presimplify, quantile, simplify } from 'topojson-simplify'

/** Indexes of the arcs of a geometry object (Polygon / MultiPolygon), as ring lists. */
export function ringsOf(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat()
  return []
}

const arcOf = (topology, i) => topology.arcs[i < 0 ? ~i : i]

/**
 * Raises the weight of a ring's strongest interior points so that at least three distinct vertices
 * survive `simplify(topology, minWeight)`: Visvalingam keeps only arc endpoints when every interior
 * point is light, which turns small islands and enclaves (one closed arc) into zero-area rings.
 */
function guardRings(topology, objects, minWeight) {
  for (const object of objects) {
    for (const geometry of object.geometries) {
      for (const ring of ringsOf(geometry)) {
        const endpoints = new Set()
        const interior = []
        for (const i of ring) {
          const arc = arcOf(topology, i)
          endpoints.add(`${arc[0][0]},${arc[0][1]}`).add(`${arc.at(-1)[0]},${arc.at(-1)[1]}`)
          for (let k = 1; k < arc.length - 1; k++) interior.push(arc[k])
        }
        const kept = interior.filter((p) => p[2] >= minWeight).length
        let missing = 3 - endpoints.size - kept
        if (missing <= 0) continue
        interior.sort((a, b) => b[2] - a[2])
        for (const p of interior) {
          if (missing <= 0) break
          if (p[2] < minWeight) {
            p[2] = Infinity
            missing--
          }
        }
      }
    }
  }
}

/** Simplifies `topology` keeping the fraction `keep` of its points (topology-preserving: arcs stay shared). */
export function simplifyKeeping(topology, keep) {
  const pre = presimplify(topology)
  const minWeight = quantile(pre, keep)
  guardRings(pre, Object.values(pre.objects), minWeight)
  return simplify(pre, minWeight)
}

/**
 * A topology holding `geometries` under `name` and only the arcs they use, renumbered.
 * Arcs are copied unchanged, so two subsets of one topology meet without gaps.
 */
export function subset(topology, name, geometries) {
  const index = new Map()
  const arcs = []
  const remap = (i) => {
    const j = i < 0 ? ~i : i
    let k = index.get(j)
    if (k === undefined) {
      k = arcs.length
      index.set(j, k)
      arcs.push(topology.arcs[j])
    }
    return i < 0 ? ~k : k
  }
  const copy = (g) => {
    const out = { type: g.type, id: g.id, properties: g.properties }
    if (g.type === 'Polygon') out.arcs = g.arcs.map((ring) => ring.map(remap))
    else if (g.type === 'MultiPolygon') out.arcs = g.arcs.map((poly) => poly.map((ring) => ring.map(remap)))
    return out
  }
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: { [name]: { type: 'GeometryCollection', geometries: geometries.map(copy) } },
    arcs,
  }
}

/** Geometries of a GeometryCollection as features keyed by `id`, with `properties` reduced to `keep`. */
export function tidy(collection, keep) {
  for (const g of collection.geometries) {
    const props = {}
    for (const k of keep) if (g.properties?.[k] !== undefined) props[k] = g.properties[k]
    g.properties = props
  }
  return collection
}

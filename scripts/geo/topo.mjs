// TopoJSON helpers for the geometry build: simplification that never erases a ring, and extraction
// of a subset of a topology that keeps the parent's arcs (so files cut from one topology tile exactly).
import { mergeArcs } from 'topojson-client'
import { presimplify, quantile, simplify } from 'topojson-simplify'

/** Indexes of the arcs of a geometry object (Polygon / MultiPolygon), as ring lists. */
export function ringsOf(geometry) {
  if (geometry.type === 'Polygon') return geometry.arcs
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat()
  return []
}

const arcOf = (topology, i) => topology.arcs[i < 0 ? ~i : i]

/**
 * Raises the weight of a ring's strongest interior points until the ring keeps a non-zero area once
 * simplified at `minWeight` and snapped to the quantization grid `step`: Visvalingam keeps only arc
 * endpoints when every interior point is light, and snapping can then flatten what is left, which
 * would erase small islands, enclaves and communes of a few hectares.
 */
function guardRings(topology, objects, minWeight, step) {
  const snap = (p) => [Math.round(p[0] / step), Math.round(p[1] / step)]
  const area = (points) => {
    let a = 0
    for (let k = 0, n = points.length; k < n; k++) {
      const [x0, y0] = snap(points[k])
      const [x1, y1] = snap(points[(k + 1) % n])
      a += x0 * y1 - x1 * y0
    }
    return a
  }
  for (const object of objects) {
    for (const geometry of object.geometries) {
      for (const ring of ringsOf(geometry)) {
        const points = ring.flatMap((i) => {
          const arc = arcOf(topology, i)
          return (i < 0 ? arc.slice().reverse() : arc).slice(0, -1)
        })
        const kept = () => points.filter((p) => p[2] >= minWeight)
        if (area(kept()) !== 0 || area(points) === 0) continue
        const candidates = points.filter((p) => p[2] < minWeight).sort((a, b) => b[2] - a[2])
        for (const p of candidates) {
          p[2] = Infinity
          if (area(kept()) !== 0) break
        }
      }
    }
  }
}

/**
 * Simplifies `topology` keeping the fraction `keep` of its points (topology-preserving: arcs stay
 * shared), for quantization on a grid of `step` degrees.
 */
export function simplifyKeeping(topology, keep, step) {
  const pre = presimplify(topology)
  const minWeight = quantile(pre, keep)
  guardRings(pre, Object.values(pre.objects), minWeight, step)
  // simplify() and quantize() pass the objects through by reference: each output gets its own copy.
  return { ...simplify(pre, minWeight), objects: structuredClone(topology.objects) }
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

/** Absolute positions of a quantized (delta-encoded) arc. */
function decode(arc) {
  let x = 0
  let y = 0
  return arc.map(([dx, dy]) => [(x += dx), (y += dy)])
}

/**
 * Removes the rings that quantization flattened to zero area (islets whose points fell on one grid
 * line): d3-geo reads such a ring as the whole globe. A geometry keeps its largest polygon in any case.
 */
export function dropFlatRings(topology, collection) {
  const decoded = topology.arcs.map(decode)
  const area = (ring) => {
    const points = ring.flatMap((i) => (i < 0 ? decoded[~i].slice().reverse() : decoded[i]))
    let a = 0
    for (let k = 0, n = points.length; k < n; k++) {
      const [x0, y0] = points[k]
      const [x1, y1] = points[(k + 1) % n]
      a += x0 * y1 - x1 * y0
    }
    return Math.abs(a)
  }
  const keepPolygon = (polygon) => [polygon[0], ...polygon.slice(1).filter((hole) => area(hole) > 0)]
  let dropped = 0
  for (const g of collection.geometries) {
    if (g.type === 'Polygon') g.arcs = keepPolygon(g.arcs)
    else if (g.type === 'MultiPolygon') {
      const kept = g.arcs.filter((polygon) => area(polygon[0]) > 0)
      dropped += g.arcs.length - kept.length
      g.arcs = (kept.length ? kept : [g.arcs.reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a))]).map(keepPolygon)
    }
  }
  return dropped
}

/** `items` by `keyOf(item)` (undefined: left out), in the order of their first item. */
export function bucket(items, keyOf) {
  const out = new Map()
  for (const item of items) {
    const key = keyOf(item)
    if (key === undefined) continue
    if (!out.has(key)) out.set(key, [])
    out.get(key).push(item)
  }
  return out
}

/**
 * `geometries` of `topology` grouped by `keyOf` (undefined: left out), one geometry per key: a group of
 * one keeps its geometry as it is, a larger one is their union (topojson `mergeArcs`: the arcs two
 * members share are dropped). Properties from `propsOf(key)`.
 */
export function groupBy(topology, geometries, keyOf, propsOf) {
  return [...bucket(geometries, keyOf)].map(([id, members]) => {
    const { type, arcs } = members.length === 1 ? members[0] : mergeArcs(topology, members)
    const properties = propsOf(id)
    return properties === undefined ? { type, arcs, id } : { type, arcs, id, properties }
  })
}

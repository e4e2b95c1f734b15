import { neighbors } from 'topojson-client'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import { abortable, assetBase, loadAsset } from '../../core/assets.js'
import { invalid } from '../../core/options.js'
import { planarFrame } from '../../core/geo/planar.js'
import type { PlanarTopology } from '../../core/geo/planar.js'
import { arcProjector, finishShapes } from '../../core/geo/project.js'
import type { Frame, UnitShape } from '../../core/geo/project.js'
import { territory } from '../../core/registry/store.js'
import type { InsetFrame } from '../../core/geo/projection.js'
import type { View } from '../../core/selection.js'
import { viewKey } from '../../core/view.js'
import type { Shape, ViewGeometry } from './types.js'

/** A projected shape with its rings (the canvas renderer draws and picks from them). */
type ViewShape = Shape & { readonly rings: readonly Float64Array[] }

/**
 * Loads and projects the geometry of a view into `width` × `height` (viewBox units).
 *
 * Régions and départements: the shipped features as they are. Communes and EPCI: their files, keyed
 * by current codes at build time (communes merged since the 2018 geometry are one geometry, an EPCI the
 * union of its member communes), drawn as they are too.
 */
export function loadViewGeometry(view: View, width: number, height: number, signal?: AbortSignal): Promise<ViewGeometry> {
  // Projected once per (files, size): a new classification, a second map of the same view, or a
  // remount reuses it. The shared promise carries no caller's signal (as loadAsset's).
  const key = `${assetBase()}|${viewKey(view)}|${width}x${height}`
  let p = cache.get(key)
  if (p) {
    cache.delete(key)
    cache.set(key, p)
  } else {
    p = buildViewGeometry(view, width, height)
    cache.set(key, p)
    p.catch(() => cache.delete(key))
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return signal ? abortable(p, signal) : p
}

const CACHE_SIZE = 4
// Régions and départements pre-projected (scripts/geo/planar.mjs): no projection code in the map's part.
const FRANCE = 'geo/france.xy.json'
const cache = new Map<string, Promise<ViewGeometry>>()

async function buildViewGeometry(view: View, width: number, height: number): Promise<ViewGeometry> {
  const level = view.level
  const within = view.within ?? undefined
  let shapes: readonly ViewShape[]
  let frames: readonly InsetFrame[]
  let neighbours: ReadonlyMap<string, readonly string[]>
  if (level === 'region' || level === 'departement') {
    // Straight from the topology, as the communes: no GeoJSON decode, each shared border placed once.
    const topology = await loadAsset<PlanarTopology>(FRANCE)
    const object = level === 'region' ? 'regions' : 'departements'
    // Ids only in the file: parents and names come from the registry, which holds every région and département.
    const inside = (g: Geom) =>
      !within || (within.level === level ? String(g.id) === within.code : within.level === 'region' && territory('departement', String(g.id))?.region === within.code)
    const geometries = (topology.objects[object] as GeometryCollection).geometries as Geom[]
    // A `within` with nothing to draw. Its callers name an unknown or impossible one first, as the user wrote
    // it (checkWithin: the element and the map for their attributes, sync-url for the address): a guard.
    if (!geometries.some(inside)) invalid('within', within, 'unknown code')
    ;({ shapes, frames, neighbours } = topologyShapes(topology, planarFrame(topology, !!within, 'column'), object, (g) => (inside(g) ? String(g.id) : undefined), (code) => territory(level, code)?.name ?? code, width, height))
  } else {
    // Communes and EPCI: their files and registry come with their own part, fetched at that level.
    const layer = await (await import('./communes-geometry.js')).communeLayer(view)
    ;({ shapes, frames, neighbours } = topologyShapes(layer.topology, layer.frame, layer.object, (g) => String(g.id), (code) => layer.nameOf(code) ?? code, width, height))
  }
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    shapes: shapes.filter((s) => s.rings.length > 0),
    neighbours,
    frames: frames.map(({ x, y, width: w, height: h }) => `M${round(x)},${round(y)}h${round(w)}v${round(h)}h${round(-w)}Z`),
    insetLabels: frames.map(({ code, name, x, y }) => ({ code, name, x: round(x), y: round(y) })),
    width,
    height,
  }
}

export type Geom = GeometryObject<{ nom?: string }> & { id?: string | number }

export type ArcPolygons = number[][][]

/** The arcs of a commune geometry, polygon by polygon (what topojson-client's `feature` would decode). */
function polygonsOf(g: Geom): ArcPolygons {
  if (g.type === 'Polygon') return [(g as unknown as { arcs: number[][] }).arcs]
  if (g.type === 'MultiPolygon') return (g as unknown as { arcs: number[][][] }).arcs
  return []
}

/**
 * The territories of `topology.objects[object]` straight from the topology, without decoding it to
 * GeoJSON: each arc is placed once in `frame` (core/geo/project.ts; the files are
 * pre-projected and wound as d3 reads them, core/geo/planar.ts). `keyOf` gives the code a geometry is
 * drawn under (`undefined`: not drawn); the shipped files hold one geometry per code (communes and EPCI
 * are merged at build time, scripts/build-geo.mjs).
 */
function topologyShapes(topology: Topology, frame: Frame, object: string, keyOf: (g: Geom) => string | undefined, nameOf: (code: string) => string, width: number, height: number) {
  const geometries = (topology.objects[object] as GeometryCollection).geometries as Geom[]
  const keys = geometries.map(keyOf)
  // The drawn geometry of each code: the files hold one per code (merged at build time).
  const drawn = new Map<string, Geom>()
  geometries.forEach((g, i) => keys[i] === undefined || drawn.has(keys[i]!) || drawn.set(keys[i]!, g))
  // A 4-pixel margin, path data to a tenth of a pixel: the map's own sizes, checked with its options.
  const extent: [[number, number], [number, number]] = [[4, 4], [width - 4, height - 4]]
  const arcs = arcProjector(topology, frame)
  const unit: UnitShape[] = sortByCode([...drawn])
    .map(([code, g]) => {
      const polygons = polygonsOf(g)
      const zone = frame.zoneAt(arcs.firstPoint(polygons[0]?.[0] ?? []))
      // Wound as d3 reads rings at build time (scripts/geo/planar.mjs): drawn as they come.
      const rings = polygons.flatMap((polygon) => polygon.map((ring) => arcs.ring(ring, zone)))
      return { code, name: nameOf(code), zone, rings }
    })
  const { shapes, frames } = finishShapes(frame, unit, extent, 1)
  // Neighbours serve keyboard navigation only: computed on its first question, not before painting.
  const neighbours = lazyMap(() => {
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
    return new Map([...links].map(([k, v]) => [k, [...v].sort()] as const))
  })
  return { shapes, frames, neighbours }
}

/**
 * Entries in `localeCompare` order of their codes: the shipped files' codes, INSEE and SIREN (digits,
 * `2A`, `2B`), collate as their code units do, so they are compared directly (35,000 `localeCompare`
 * calls took a noticeable part of the work).
 */
function sortByCode<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * A read-only map built on first use: every property read (`get`, `size`, iteration…) builds it, then
 * reads it from the built map, its methods bound to it.
 */
function lazyMap<K, V>(build: () => Map<K, V>): ReadonlyMap<K, V> {
  let built: Map<K, V> | undefined
  return new Proxy({} as ReadonlyMap<K, V>, {
    get(_, key) {
      const map = (built ??= build())
      const value: unknown = Reflect.get(map, key, map)
      return typeof value === 'function' ? value.bind(map) : value
    },
  })
}

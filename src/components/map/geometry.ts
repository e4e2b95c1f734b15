import { abortable, assetBase, loadAsset } from '../../core/assets.js'
import { invalid } from '../../core/options.js'
import { readPlanar } from '../../core/geo/planar-binary.js'
import { planarFrame } from '../../core/geo/planar.js'
import type { PlanarArcs } from '../../core/geo/planar.js'
import { finishShapes, Pool, projectFlat } from '../../core/geo/project.js'
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
const FRANCE = 'geo/france.xy.bin'
const cache = new Map<string, Promise<ViewGeometry>>()

async function buildViewGeometry(view: View, width: number, height: number): Promise<ViewGeometry> {
  const level = view.level
  const within = view.within ?? undefined
  let shapes: readonly ViewShape[]
  let frames: readonly InsetFrame[]
  let links: () => ReadonlyMap<string, readonly string[]>
  let neighbours: ReadonlyMap<string, readonly string[]> | undefined
  if (level === 'region' || level === 'departement') {
    // Straight from the topology, as the communes: no GeoJSON decode, each shared border placed once.
    const planar = await loadAsset(FRANCE, undefined, readPlanar)
    const [from, to] = planar.objects[level === 'region' ? 'regions' : 'departements']!
    // Ids only in the file: parents and names come from the registry, which holds every région and département.
    const keyOf = (id: string, g: number) =>
      g >= from && g < to && (!within || (within.level === level ? id === within.code : within.level === 'region' && territory('departement', id)?.region === within.code)) ? id : undefined
    // A `within` with nothing to draw. Its callers name an unknown or impossible one first, as the user wrote
    // it (checkWithin: the element and the map for their attributes, sync-url for the address): a guard.
    if (!planar.ids.some(keyOf)) invalid('within', within, 'unknown code')
    ;({ shapes, frames, links } = planarShapes(planar, planarFrame(planar, !!within, 'column'), keyOf, (code) => territory(level, code)?.name ?? code, width, height))
  } else {
    // Communes and EPCI: their files and registry come with their own part, fetched at that level.
    const layer = await (await import('./communes-geometry.js')).communeLayer(view)
    ;({ shapes, frames, links } = planarShapes(layer.planar, layer.frame, (id) => id, (code) => layer.nameOf(code) ?? code, width, height))
  }
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    shapes: shapes.filter((s) => s.rings.length > 0),
    // Keyboard navigation only: built on its first question, not before painting.
    get neighbours() {
      return (neighbours ??= links())
    },
    frames: frames.map(({ x, y, width: w, height: h }) => `M${round(x)},${round(y)}h${round(w)}v${round(h)}h${round(-w)}Z`),
    insetLabels: frames.map(({ code, name, x, y }) => ({ code, name, x: round(x), y: round(y) })),
    width,
    height,
  }
}

/**
 * The territories of a pre-projected object (typed arrays: core/geo/planar.ts) straight from its arcs,
 * without decoding them to GeoJSON: rings in `frame`'s unit, each point once through the file's grid
 * (and an inset's affine map: zone 0 of a pre-projected frame is the identity), as topojson-client's
 * `feature` then d3's stream would give them (junctions once, closing point dropped, rings of fewer
 * than 4 points padded with the first). The files are wound as d3 reads rings (scripts/geo/planar.mjs):
 * drawn as they come. `keyOf` gives the code a geometry is drawn under (`undefined`: not drawn); the
 * shipped files hold one geometry per code (communes and EPCI are merged at build time,
 * scripts/build-geo.mjs).
 */
export function planarShapes(
  planar: PlanarArcs,
  frame: Frame,
  keyOf: (id: string, g: number) => string | undefined,
  nameOf: (code: string) => string,
  width: number,
  height: number,
): { shapes: ViewShape[]; frames: InsetFrame[]; links: () => ReadonlyMap<string, readonly string[]> } {
  const { ids, xy, arcs, shapes: shapeRings, rings, refs } = planar
  const [kx, ky] = planar.transform.scale
  const [dx, dy] = planar.transform.translate
  const keys = ids.map(keyOf)
  // The drawn geometry of each code: the files hold one per code (merged at build time).
  const drawn = new Map<string, number>()
  keys.forEach((key, g) => key === undefined || drawn.has(key) || drawn.set(key, g))
  // A 4-pixel margin, path data to a tenth of a pixel: the map's own sizes, checked with its options.
  const extent: [[number, number], [number, number]] = [[4, 4], [width - 4, height - 4]]
  const pool = new Pool()
  // How many drawn geometries use each arc: one, and the arc is on the edge of the whole drawing
  // (the coast, a border, the bounds of a `within`), where the grey outline shows.
  const uses = new Uint8Array(arcs.length)
  /** Each arc of the drawn geometry `g` (none when `key` is undefined: not drawn). */
  const arcsOf = (key: string | undefined, g: number, f: (arc: number) => void) => {
    for (let j = rings[shapeRings[g]!]!; key !== undefined && j < rings[shapeRings[g + 1]!]!; j++) f(refs[j]! < 0 ? ~refs[j]! : refs[j]!)
  }
  keys.forEach((key, g) => arcsOf(key, g, (i) => uses[i]!++))
  /**
   * Ring `r` in the unit of `zone`, in a view of the pool; its arcs on the edge pushed on `runs` as the
   * ring's index `q` in its shape and their first and last points there (an arc starts at the point where
   * the one before it ended; the ring's last ends at its first point again, index `length`).
   */
  const ring = (r: number, zone: number, q: number, runs: number[]): Float64Array => {
    const a = rings[r]!
    const b = rings[r + 1]!
    let total = 0
    for (let j = a; j < b; j++) {
      const i = refs[j]! < 0 ? ~refs[j]! : refs[j]!
      const from = total && total - 1
      total = from + arcs[i + 1]! - arcs[i]!
      if (uses[i]! < 2) runs.push(q, from, total - 1)
    }
    if (a === b) return new Float64Array(0)
    const out = pool.take(2 * (Math.max(total, 4) - 1))
    let at = 0
    for (let j = a; j < b; j++) {
      const ref = refs[j]!
      const i = ref < 0 ? ~ref : ref
      const first = arcs[i]!
      const last = arcs[i + 1]! - 1
      for (let m = j > a ? 1 : 0; m <= last - first && at < out.length; m++, at += 2) {
        const p = 2 * (ref < 0 ? last - m : first + m)
        out[at] = xy[p]! * kx! + dx!
        out[at + 1] = xy[p + 1]! * ky! + dy!
      }
    }
    for (; at < out.length; at += 2) {
      out[at] = out[0]!
      out[at + 1] = out[1]!
    }
    if (zone > 0) projectFlat(frame.unit[zone]!, out, out)
    return out
  }
  const unit: UnitShape[] = sortByCode([...drawn]).map(([code, g]) => {
    // The zone of the first point of the first ring (no ring: zone 0).
    const ref = refs[rings[shapeRings[g]!]!]!
    const p = 2 * (ref < 0 ? arcs[~ref + 1]! - 1 : arcs[ref]!)
    const zone = shapeRings[g]! < shapeRings[g + 1]! ? frame.zoneAt([xy[p]! * kx! + dx!, xy[p + 1]! * ky! + dy!]) : 0
    const own: Float64Array[] = []
    const runs: number[] = []
    for (let k = shapeRings[g]!; k < shapeRings[g + 1]!; k++) own.push(ring(k, zone, own.length, runs))
    return { code, name: nameOf(code), zone, rings: own, runs }
  })
  const { shapes, frames } = finishShapes(frame, unit, extent, 1)
  // Two territories are neighbours when their rings share an arc (topojson-client's `neighbors`): an
  // arc bounds two faces at most, so each arc's first territory is linked to any other using it.
  const links = () => {
    const first: string[] = []
    const links = new Map<string, Set<string>>()
    const link = (a: string, b: string) => (links.get(a) ?? links.set(a, new Set()).get(a)!).add(b)
    keys.forEach((a, g) =>
      arcsOf(a, g, (i) => {
        const b = (first[i] ??= a!)
        if (b !== a) link(a!, b) && link(b, a!)
      }),
    )
    return new Map([...links].map(([k, v]) => [k, [...v].sort()] as const))
  }
  return { shapes, frames, links }
}

/**
 * Entries in `localeCompare` order of their codes: the shipped files' codes, INSEE and SIREN (digits,
 * `2A`, `2B`), collate as their code units do, so they are compared directly (35,000 `localeCompare`
 * calls took a noticeable part of the work).
 */
function sortByCode<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

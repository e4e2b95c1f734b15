// The geometry-only work of the communes of France (decode, ring placement, rounding, path text on the
// drawn scale's grid), shared by the main-thread and the worker runs of scripts/bench-communes-worker.mjs.
import { decodePlanar } from '../../src/core/geo/planar-binary.js'
import { planarFrame } from '../../src/core/geo/planar.js'
import { planarShapes } from '../../src/components/map/geometry.js'
import { gridPath } from '../../src/components/map/canvas/rings.js'

export function geometryWork(buffer: ArrayBuffer, width: number, height: number, unit: number) {
  const t0 = performance.now()
  const planar = decodePlanar(buffer)!
  const t1 = performance.now()
  const { shapes: all } = planarShapes(planar, planarFrame(planar, false, 'column'), (id) => id, (code) => code, width, height)
  const shapes = all.filter((s) => s.rings.length > 0)
  const t2 = performance.now()
  const paths = shapes.map((s) => gridPath(s.rings, unit))
  const t3 = performance.now()
  return { shapes, paths, planar, times: { decode: t1 - t0, shapes: t2 - t1, paths: t3 - t2 } }
}

/**
 * The shapes as typed arrays and one string, transferred: the rings stay in the pool's buffers they were
 * rounded in (each ring a buffer index, offset and length), boxes and centroids flat, path text joined.
 */
export function pack(r: ReturnType<typeof geometryWork>) {
  const { shapes, paths } = r
  const n = shapes.length
  const buffers: ArrayBuffer[] = []
  const index = new Map<ArrayBufferLike, number>()
  let ringCount = 0
  for (const s of shapes) ringCount += s.rings.length
  const box = new Float64Array(4 * n)
  const centroid = new Float64Array(2 * n)
  const zone = new Uint8Array(n)
  const shapeRings = new Uint32Array(n + 1)
  const ringAt = new Uint32Array(3 * ringCount)
  const pathEnds = new Uint32Array(n + 1)
  let ri = 0
  let pe = 0
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!
    zone[i] = (s as unknown as { zone: number }).zone
    box[4 * i] = s.bounds[0][0]
    box[4 * i + 1] = s.bounds[0][1]
    box[4 * i + 2] = s.bounds[1][0]
    box[4 * i + 3] = s.bounds[1][1]
    centroid[2 * i] = s.centroid[0]
    centroid[2 * i + 1] = s.centroid[1]
    for (const ring of s.rings) {
      let b = index.get(ring.buffer)
      if (b === undefined) index.set(ring.buffer, (b = buffers.push(ring.buffer as ArrayBuffer) - 1))
      ringAt[3 * ri] = b
      ringAt[3 * ri + 1] = ring.byteOffset / 8
      ringAt[3 * ri++ + 2] = ring.length
    }
    shapeRings[i + 1] = ri
    pathEnds[i + 1] = pe += paths[i]!.length
  }
  const codes = shapes.map((s) => s.code)
  const text = paths.join('')
  return { message: { codes, zone, box, centroid, shapeRings, ringAt, buffers, pathEnds, text }, transfer: [...buffers, zone.buffer, box.buffer, centroid.buffer, shapeRings.buffer, ringAt.buffer, pathEnds.buffer] }
}

export type Packed = ReturnType<typeof pack>['message']

/** A shape read from a packed message on first use of each field (what the map's renderers read). */
class Lazy {
  constructor(
    readonly m: Packed,
    readonly i: number,
    readonly code: string,
    readonly name: string,
  ) {}
  get rings() {
    const { m, i } = this
    const out: Float64Array[] = []
    for (let r = m.shapeRings[i]!; r < m.shapeRings[i + 1]!; r++) out.push(new Float64Array(m.buffers[m.ringAt[3 * r]!]!, 8 * m.ringAt[3 * r + 1]!, m.ringAt[3 * r + 2]!))
    return out
  }
  get bounds() {
    const b = this.m.box
    const j = 4 * this.i
    return [[b[j]!, b[j + 1]!], [b[j + 2]!, b[j + 3]!]]
  }
  get centroid() {
    return [this.m.centroid[2 * this.i]!, this.m.centroid[2 * this.i + 1]!]
  }
  get path() {
    return this.m.text.substring(this.m.pathEnds[this.i]!, this.m.pathEnds[this.i + 1]!)
  }
}

/** The main thread's shapes from a packed message. */
export function unpack(m: Packed) {
  return m.codes.map((code, i) => new Lazy(m, i, code, code))
}

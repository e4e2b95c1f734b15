import { assetError, readAssetBody } from '../assets.js'
import type { PlanarArcs } from './planar.js'

/**
 * Decodes an `.xy.bin` file (the binary form of a pre-projected topology, layout in
 * scripts/geo/xy-binary.mjs) in one pass into typed arrays: no JavaScript array per point or ring,
 * which the JSON of 35,000 communes needed half a million of. The objects' geometries follow one
 * another (the header gives each one's range); a geometry's polygons are not kept apart, the map draws
 * its rings one after the other. A file that is not whole and well-formed — its checksum over every
 * byte, its version, its length — gives `undefined`: bad input never becomes a wrong drawing.
 */
export function decodePlanar(buffer: ArrayBuffer): PlanarArcs | undefined {
  const bytes = new Uint8Array(buffer)
  const view = new DataView(buffer)
  const n = bytes.length - 4
  let h = 0
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + bytes[i]!) | 0
  // "AXY1" read as a big-endian int32.
  if (n < 4 || h !== view.getInt32(n, true) || view.getInt32(0) !== 0x41585931) return
  let at = 4
  // Unsigned LEB128 (the checksum vouches for the bytes: the encoder wrote them).
  const next = (): number => {
    let v = 0
    for (let shift = 0, b = 128; b > 127; shift += 7) v |= ((b = bytes[at++]!) & 127) << shift
    return v
  }
  // Zigzag: 0, 1, 2, 3… to 0, −1, 1, −2….
  const signed = (): number => {
    const u = next()
    return (u >>> 1) ^ -(u & 1)
  }
  const length = next()
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, (at += length)))) as Pick<PlanarArcs, 'transform' | 'insets' | 'objects' | 'ids'>
  const ids = header.ids
  const count = next()
  // Every number takes a byte at least: the bytes bound every count.
  const arcs = new Uint32Array(count + 1)
  const xy = new Int32Array(n)
  let p = 0
  for (let i = 0; i < count; i++) {
    let x = 0
    let y = 0
    for (let m = next(); m > 0; m--, p += 2) {
      xy[p] = x += signed()
      xy[p + 1] = y += signed()
    }
    arcs[i + 1] = p / 2
  }
  // Rings and references are bounded by the bytes left (the arcs took most: 10.6 MB less kept for all communes).
  const shapes = new Uint32Array(ids.length + 1)
  const rings = new Uint32Array(n - at + 1)
  const refs = new Int32Array(n - at)
  let r = 0
  let k = 0
  let v = 0
  for (let g = 0; g < ids.length; g++) {
    for (let polygons = next() >> 1; polygons > 0; polygons--) {
      for (let ringsLeft = next(); ringsLeft > 0; ringsLeft--) {
        for (let m = next(); m > 0; m--) {
          v += signed()
          refs[k++] = v & 1 ? ~(v >> 1) : v >> 1
        }
        rings[++r] = k
      }
    }
    shapes[g + 1] = r
  }
  if (at === n) return { ...header, xy, arcs, shapes, rings, refs }
}

/**
 * Reads and decodes an `.xy.bin` file at `url` (see loadAsset): an unreadable, truncated or corrupt
 * one is an `asset` error naming it (`HTTP 404`, `HTML` for a page served in its place, `binary`).
 */
export async function readPlanar(url: string): Promise<PlanarArcs> {
  const buffer = (await readAssetBody(url, true)) as ArrayBuffer
  const planar = decodePlanar(buffer)
  if (!planar) throw assetError(url, new Uint8Array(buffer)[0] === 60 ? 'HTML' : 'binary')
  return planar
}

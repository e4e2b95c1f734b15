// The binary form of a pre-projected topology (scripts/geo/planar.mjs): the files the map reads
// (`*.xy.bin`, issue #10). The JSON of 35,000 communes is half a million small arrays to parse and
// collect; this form is decoded in one pass into a few typed arrays (src/core/geo/planar-binary.ts),
// with no JavaScript array per point.
//
// Layout (bytes):
//   "AXY1"                     magic and version
//   varint H, H bytes          header, UTF-8 JSON: { transform, insets?, objects, ids }: `ids` the codes of
//                              every object's geometries one object after the other, `objects` each
//                              object's range of them, { <name>: [first, end] }
//   varint A                   arcs; then per arc: varint n (points), n × (zigzag dx, zigzag dy), the
//                              arc's points as TopoJSON's deltas (the first from 0, 0)
//   per geometry (in the order of `ids`): varint 2P + m (P polygons, m 1 for a MultiPolygon, 0 for a Polygon;
//                              0 a geometry without polygons), per polygon varint R (rings), per ring
//                              varint K (arcs), then K × zigzag(v − previous v), v = 2i for arc i,
//                              2i + 1 for ~i (the previous v runs over the whole file)
// Varints are unsigned LEB128 (7 bits a byte, low first); zigzag maps 0, −1, 1, −2… to 0, 1, 2, 3….
//   int32 (little-endian)      checksum of every byte before it: h = h × 31 + byte, on 32 bits
// A file whose checksum does not match (truncated, corrupt) is refused whole.

export const MAGIC = 'AXY1'

const zigzag = (v) => (v < 0 ? -2 * v - 1 : 2 * v)
const unzigzag = (u) => (u % 2 ? -(u + 1) / 2 : u / 2)

/** 32-bit checksum of `bytes`: h = h × 31 + byte. */
export function checksum(bytes) {
  let h = 0
  for (const b of bytes) h = (Math.imul(h, 31) + b) | 0
  return h
}

/** A pre-projected topology (ids only, quantized) as the bytes of its `.xy.bin`. */
export function encodeXy(topo) {
  const names = Object.keys(topo.objects)
  const geometries = names.flatMap((name) => topo.objects[name].geometries)
  const bytes = []
  const varint = (v) => {
    if (!Number.isSafeInteger(v) || v < 0 || v >= 2 ** 31) throw new Error(`encodeXy: not a varint: ${v}`)
    for (; v > 127; v = Math.floor(v / 128)) bytes.push((v % 128) | 128)
    bytes.push(v)
  }
  let first = 0
  const objects = Object.fromEntries(names.map((name) => [name, [first, (first += topo.objects[name].geometries.length)]]))
  const header = Buffer.from(JSON.stringify({ transform: topo.transform, ...(topo.insets ? { insets: topo.insets } : {}), objects, ids: geometries.map((g) => String(g.id)) }))
  varint(header.length)
  for (const b of header) bytes.push(b)
  varint(topo.arcs.length)
  for (const arc of topo.arcs) {
    varint(arc.length)
    for (const [dx, dy] of arc) {
      varint(zigzag(dx))
      varint(zigzag(dy))
    }
  }
  let previous = 0
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon' && g.type !== null) throw new Error(`encodeXy: geometry ${g.id} of type ${g.type}`)
    varint(polygons.length === 0 ? 0 : 2 * polygons.length + (g.type === 'MultiPolygon' ? 1 : 0))
    for (const polygon of polygons) {
      varint(polygon.length)
      for (const ring of polygon) {
        varint(ring.length)
        for (const i of ring) {
          const v = i < 0 ? 2 * ~i + 1 : 2 * i
          varint(zigzag(v - previous))
          previous = v
        }
      }
    }
  }
  const body = Buffer.concat([Buffer.from(MAGIC), Buffer.from(bytes)])
  const sum = Buffer.alloc(4)
  sum.writeInt32LE(checksum(body))
  return Buffer.concat([body, sum])
}

/**
 * The topology of an `.xy.bin` file as planar() wrote it (ids only; geometries without polygons come
 * back as `{ type: null }`): for tests and scripts. The map decodes it with src/core/geo/planar-binary.ts.
 */
export function decodeXy(buffer) {
  const bytes = new Uint8Array(buffer.buffer ?? buffer, buffer.byteOffset ?? 0, buffer.byteLength)
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new Error('decodeXy: not an AXY1 file')
  const end = bytes.length - 4
  if (end < 4 || checksum(bytes.subarray(0, end)) !== Buffer.from(bytes.subarray(end)).readInt32LE()) throw new Error('decodeXy: checksum')
  let at = 4
  const varint = () => {
    let v = 0
    for (let shift = 1; ; shift *= 128) {
      if (at >= end) throw new Error('decodeXy: truncated')
      const b = bytes[at++]
      v += (b & 127) * shift
      if (b < 128) return v
    }
  }
  const length = varint()
  const header = JSON.parse(Buffer.from(bytes.subarray(at, at + length)).toString('utf8'))
  at += length
  const arcs = Array.from({ length: varint() }, () => Array.from({ length: varint() }, () => [unzigzag(varint()), unzigzag(varint())]))
  let previous = 0
  const ref = () => {
    const v = previous + unzigzag(varint())
    previous = v
    return v % 2 ? ~((v - 1) / 2) : v / 2
  }
  const geometry = (id) => {
    const head = varint()
    const polygons = Array.from({ length: head >> 1 }, () => Array.from({ length: varint() }, () => Array.from({ length: varint() }, ref)))
    if (head === 0) return { type: null, id }
    return head % 2 ? { type: 'MultiPolygon', arcs: polygons, id } : { type: 'Polygon', arcs: polygons[0], id }
  }
  const all = header.ids.map(geometry)
  const objects = Object.fromEntries(Object.entries(header.objects).map(([name, [from, to]]) => [name, { type: 'GeometryCollection', geometries: all.slice(from, to) }]))
  if (at !== end) throw new Error(`decodeXy: ${end - at} bytes after the last geometry`)
  return {
    type: 'Topology',
    objects,
    transform: header.transform,
    arcs,
    ...(header.insets ? { insets: header.insets } : {}),
  }
}

import { readFileSync } from 'node:fs'
import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { checksum, decodeXy, encodeXy } from '../../../scripts/geo/xy-binary.mjs'
import { dist } from '../../core/geo/setup.js'

// The build's binary form of the map's topologies: what it encodes decodes back to the same topology
// (ids only), on real files; a file that is not whole is refused.

const read = (path: string) => readFileSync(new URL(`geo/${path}`, dist))
const idsOnly = (t: Topology) => ({
  ...t,
  bbox: undefined,
  objects: Object.fromEntries(
    Object.entries(t.objects).map(([name, o]) => [name, { type: 'GeometryCollection', geometries: (o as { geometries: { type: string; arcs?: unknown; id?: unknown }[] }).geometries.map((g) => ({ type: g.type, arcs: g.arcs, id: String(g.id) })) }]),
  ),
})

describe('encodeXy and decodeXy', () => {
  it('round-trip the real JSON topologies of the build, two objects sharing arcs included', () => {
    for (const path of ['france.topo.json', 'communes/29.topo.json', 'communes/976.topo.json']) {
      const json = JSON.parse(read(path).toString('utf8')) as Topology
      const decoded = decodeXy(encodeXy(json))
      expect({ ...idsOnly(decoded), bbox: undefined }, path).toEqual(idsOnly(json))
      // And the bytes are what the build ships for the same topology: encoding is deterministic.
      expect(encodeXy(decoded).equals(encodeXy(json)), path).toBe(true)
    }
  })

  it('re-encodes the shipped binary files byte for byte', () => {
    for (const path of ['france.xy.bin', 'communes/29.xy.bin', 'epci/976.xy.bin']) expect(encodeXy(decodeXy(read(path))).equals(read(path)), path).toBe(true)
  })

  it('ends each file with the checksum of its other bytes, and refuses a truncated or changed file', () => {
    const bytes = read('communes/29.xy.bin')
    expect(bytes.readInt32LE(bytes.length - 4)).toBe(checksum(bytes.subarray(0, bytes.length - 4)))
    expect(() => decodeXy(bytes.subarray(0, bytes.length - 1))).toThrow('checksum')
    const changed = Buffer.from(bytes)
    changed[10] = changed[10]! ^ 4
    expect(() => decodeXy(changed)).toThrow('checksum')
    expect(() => decodeXy(Buffer.from('<!doctype html>'))).toThrow('AXY1')
  })

  it('refuses what it cannot encode', () => {
    const point = { type: 'Topology', arcs: [], objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0], id: 'x' }] } } } as unknown as Topology
    expect(() => encodeXy(point)).toThrow('of type Point')
  })
})

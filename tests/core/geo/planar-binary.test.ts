import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodePlanar, readPlanar } from '../../../src/core/geo/planar-binary.js'
import type { PlanarArcs } from '../../../src/core/geo/planar.js'
import { encodeXy } from '../../../scripts/geo/xy-binary.mjs'
import { dist, readTopology, useShippedGeometry } from './setup.js'

// The map's binary geometry (scripts/geo/xy-binary.mjs) decoded into typed arrays: the same
// topology as its JSON, number for number, and nothing at all from a file that is not whole.

beforeAll(useShippedGeometry)

const bytesOf = (path: string) => {
  const b = readFileSync(new URL(`geo/${path}`, dist))
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}
const buffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer

/** `planar` as a TopoJSON of absolute arcs and rings of arc indexes, to compare with a topology. */
function asTopology(planar: PlanarArcs) {
  const arcs = Array.from({ length: planar.arcs.length - 1 }, (_, i) =>
    Array.from({ length: planar.arcs[i + 1]! - planar.arcs[i]! }, (_, m) => [planar.xy[2 * (planar.arcs[i]! + m)]!, planar.xy[2 * (planar.arcs[i]! + m) + 1]!]),
  )
  const geometries = planar.ids.map((id, g) => ({
    id,
    rings: Array.from({ length: planar.shapes[g + 1]! - planar.shapes[g]! }, (_, k) => {
      const r = planar.shapes[g]! + k
      return [...planar.refs.subarray(planar.rings[r]!, planar.rings[r + 1]!)]
    }),
  }))
  return { arcs, geometries }
}

/** A topology's arcs made absolute and its geometries' rings, object after object (as the binary orders them). */
function expected(topology: Topology) {
  const arcs = topology.arcs.map((arc) => {
    let x = 0
    let y = 0
    return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)])
  })
  const geometries = Object.values(topology.objects).flatMap((o) =>
    (o as GeometryCollection).geometries.map((g) => ({
      id: String(g.id),
      rings: g.type === 'Polygon' ? (g.arcs as number[][]) : g.type === 'MultiPolygon' ? (g.arcs as number[][][]).flat() : [],
    })),
  )
  return { arcs, geometries }
}

describe('decodePlanar', () => {
  it('decodes the shipped files as the JSON topology they encode, point for point (France, a département, a region, the EPCI of France)', () => {
    for (const path of ['france.xy.bin', 'communes/29.xy.bin', 'communes/974.xy.bin', 'epci/regions/53.xy.bin', 'epci.xy.bin']) {
      const planar = decodePlanar(bytesOf(path))!
      const topology = readTopology(path) as Topology & { insets?: unknown }
      expect(planar, path).toBeDefined()
      expect(planar.transform, path).toEqual(topology.transform)
      expect(planar.insets, path).toEqual(topology.insets)
      expect(asTopology(planar), path).toEqual(expected(topology))
      let at = 0
      for (const [name, o] of Object.entries(topology.objects)) {
        const n = (o as GeometryCollection).geometries.length
        expect(planar.objects[name], `${path} ${name}`).toEqual([at, at + n])
        at += n
      }
    }
  })

  it('decodes a JSON topology encoded by the build the same as that JSON (the communes of Finistère in longitude and latitude)', () => {
    // A real quantized topology of another grid, with names: the encoder keeps ids only.
    const json = readTopology('communes/29.topo.json')
    const planar = decodePlanar(buffer(encodeXy(json)))!
    expect(asTopology(planar)).toEqual(expected(json))
    expect(planar.transform).toEqual(json.transform)
  })

  it('gives nothing for a file that is not whole: truncated, a byte changed, another format, empty', () => {
    const whole = Buffer.from(bytesOf('communes/29.xy.bin'))
    expect(decodePlanar(buffer(whole))).toBeDefined()
    for (const cut of [1, 4, 100, whole.length - 5, whole.length - 1]) expect(decodePlanar(buffer(whole.subarray(0, cut))), `${cut} bytes`).toBeUndefined()
    for (const at of [0, 5, 1000, whole.length - 100, whole.length - 1]) {
      const changed = Buffer.from(whole)
      changed[at] = changed[at]! ^ 0x10
      expect(decodePlanar(buffer(changed)), `byte ${at}`).toBeUndefined()
    }
    expect(decodePlanar(buffer(Buffer.from('{"type":"Topology"}')))).toBeUndefined()
    expect(decodePlanar(new ArrayBuffer(0))).toBeUndefined()
  })
})

describe('readPlanar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-xy-'))
  const file = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes)
    return pathToFileURL(join(dir, name)).href
  }

  it('reads a whole file', async () => {
    const planar = await readPlanar(new URL('geo/communes/29.xy.bin', dist).href)
    expect(planar.ids.length).toBe((readTopology('communes/29.xy.bin').objects['communes'] as GeometryCollection).geometries.length)
  })

  it('throws an asset error naming a truncated or corrupt file, or a page served in its place', async () => {
    const whole = Buffer.from(bytesOf('communes/29.xy.bin'))
    const truncated = file('29-truncated.xy.bin', whole.subarray(0, whole.length >> 1))
    await expect(readPlanar(truncated)).rejects.toMatchObject({ code: 'asset', params: { url: truncated, failure: 'binary' } })
    await expect(readPlanar(truncated)).rejects.toThrow(truncated)
    const changed = Buffer.from(whole)
    changed[200] = changed[200]! ^ 1
    const corrupt = file('29-corrupt.xy.bin', changed)
    await expect(readPlanar(corrupt)).rejects.toMatchObject({ code: 'asset', params: { url: corrupt, failure: 'binary' } })
    const html = file('index.xy.bin', '<!doctype html><title>Accueil</title>')
    await expect(readPlanar(html)).rejects.toMatchObject({ code: 'asset', params: { url: html, failure: 'HTML' } })
  })
})

// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { DROMS, dromAt } from '../../../src/core/geo/drom.js'
import { planarFrame } from '../../../src/core/geo/planar.js'
import type { PlanarTopology } from '../../../src/core/geo/planar.js'
import { geoFrance } from '../../../src/core/geo/projection.js'
import { readTopology, useShippedGeometry } from './setup.js'

// The pre-projected national file (scripts/geo/planar.mjs, built into dist/geo/france.xy.bin) and its
// frame at run time (src/core/geo/planar.ts), against d3-geo's geoFrance on the longitude-latitude file.

// The build script, untyped JavaScript: its one export, as the build calls it.
const { planar } = (await import('../../../scripts/geo/planar.mjs' as string)) as { planar: (topo: object, step: number, layouts?: boolean) => PlanarTopology }

let lonlat: ReturnType<typeof readTopology>
let xy: PlanarTopology
beforeAll(() => {
  useShippedGeometry()
  lonlat = readTopology('france.topo.json')
  xy = readTopology('france.xy.bin') as PlanarTopology
})

/** The absolute first point of arc `i`, through the topology's transform. */
function firstPoint(topology: { arcs: number[][][]; transform?: { scale: number[]; translate: number[] } }, i: number): [number, number] {
  const [x, y] = topology.arcs[i]![0]!
  const t = topology.transform!
  return [x! * t.scale[0]! + t.translate[0]!, y! * t.scale[1]! + t.translate[1]!]
}

describe('planarFrame', () => {
  it('defaults: all France in the column layout, a zone per DROM, the mainland clipped', () => {
    const frame = planarFrame(xy, false, 'column')
    expect(frame.unit).toHaveLength(1 + DROMS.length)
    expect(frame.clip).toEqual(xy.insets!.layouts.column.clip)
    const { frames } = frame.fit([[0, 0], [600, 500]], frame.unit.map(() => [[0, 0], [0, 0]]))
    expect(frames.map((f) => f.code)).toEqual(DROMS.map((d) => d.code))
  })

  it.each(['column', 'row'] as const)('places every arc where geoFrance (%s) puts its longitude and latitude, within the planar grid', (insets) => {
    const frame = planarFrame(xy, false, insets)
    const d3 = geoFrance({ insets }).scale(1).translate([0, 0])
    expect(xy.arcs).toHaveLength(lonlat.arcs.length)
    const step = xy.transform!.scale[0]!
    for (let i = 0; i < xy.arcs.length; i++) {
      const p = firstPoint(lonlat as never, i)
      const q = firstPoint(xy as never, i)
      // + 0: a mainland point west of the centre rounds to -0, the same index.
      const zone = frame.zoneAt(q) + 0
      const drom = dromAt(p)
      expect(zone).toBe(drom ? DROMS.indexOf(drom) + 1 : 0)
      const [x, y] = frame.unit[zone]!(q)
      const [ex, ey] = d3(p)!
      // Half a grid step, in the zone's scale (an inset's points are scaled up or down into its frame).
      const scale = zone ? xy.insets!.layouts[insets].insets[zone - 1]!.scale : 1
      expect(Math.abs(x - ex), `arc ${i}`).toBeLessThanOrEqual((step / 2) * scale + 1e-12)
      expect(Math.abs(y - ey), `arc ${i}`).toBeLessThanOrEqual((step / 2) * scale + 1e-12)
    }
  })

  it('within a region or département: one zone, the file’s coordinates as they are (the fit moves them)', () => {
    const frame = planarFrame(xy, true, 'column')
    expect(frame.unit).toHaveLength(1)
    expect(frame.zoneAt([3.2, 0])).toBe(0)
    expect(frame.unit[0]!([3.2, 0.01])).toEqual([3.2, 0.01])
    const { k, t } = frame.fit([[0, 0], [100, 100]], [[[3, 0], [3.1, 0.05]]])
    expect(k).toBeCloseTo(1000, 9)
    expect(t[0] + k * 3).toBeCloseTo(0, 9)
  })
})

describe('planar (build)', () => {
  const topo = {
    type: 'Topology',
    transform: { scale: [0.001, 0.001], translate: [0, 40] },
    objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: 'x', properties: { nom: 'X' } }] } },
    // Around (2.5°, 46.5°) on the mainland, clockwise as d3 draws an exterior; the third point repeats the second.
    arcs: [[[2500, 6500], [3, 0], [0, 0], [0, -1000], [-3, 1000]]],
  }

  it('keeps ids only, shifts no mainland point, and keeps one of the points that fall on one grid point', () => {
    const out = planar(topo, 2.5e-5)
    expect((out.objects.a as { geometries: unknown[] }).geometries[0]).toEqual({ type: 'Polygon', arcs: [[0]], id: 'x' })
    expect(out.transform).toEqual({ scale: [2.5e-5, 2.5e-5], translate: [-0.5, -0.5] })
    const arc = out.arcs[0]!
    // Five points: the repeated one goes; the second, 0.003° (about 230 m) east of the first, more than a step, stays.
    expect(arc).toHaveLength(4)
    const [x] = firstPoint(out as never, 0)
    expect(Math.round(x) + 0).toBe(0)
  })

  it('leaves the insets’ layouts out of a file only drawn within a région or département', () => {
    expect(planar(topo, 2.5e-5)).toHaveProperty('insets.layouts.row')
    expect(planar(topo, 2.5e-5, false)).not.toHaveProperty('insets')
  })

  it('winds every geometry as d3 draws it: one wound the other way has its rings reversed, from the same first point', () => {
    const square = (ring: number[][]) => ({ ...topo, transform: { scale: [0.01, 0.01], translate: [2, 46] }, arcs: [ring] })
    // Counterclockwise in longitude and latitude (east, north, west, south): not d3's way for an exterior.
    const against = planar(square([[50, 50], [10, 0], [0, 10], [-10, 0], [0, -10]]), 2.5e-5)
    expect((against.objects.a as { geometries: { arcs: unknown }[] }).geometries[0]!.arcs).toEqual([[~0]])
    // Clockwise (east, south, west, north): as d3 draws it, kept.
    const along = planar(square([[50, 50], [10, 0], [0, -10], [-10, 0], [0, 10]]), 2.5e-5)
    expect((along.objects.a as { geometries: { arcs: unknown }[] }).geometries[0]!.arcs).toEqual([[0]])
  })

  it('shifts an overseas département’s arcs by its zone along x', () => {
    const reunion = { ...topo, transform: { scale: [0.001, 0.001], translate: [55, -21.5] }, arcs: [[[500, 500], [10, 0], [0, 10], [-10, -10]]] }
    const [x] = firstPoint(planar(reunion, 2.5e-5) as never, 0)
    expect(Math.round(x)).toBe(DROMS.findIndex((d) => d.code === '974') + 1)
  })
})

describe('the map’s files (dist/geo/*.xy.bin)', () => {
  const ids = (path: string, object: string) => ((readTopology(path).objects[object] as { geometries: { id?: string | number }[] }).geometries.map((g) => String(g.id)))

  it('hold the territories of loadGeometry’s files, file for file', () => {
    expect(ids('france.xy.bin', 'departements')).toEqual(ids('france.topo.json', 'departements'))
    expect(ids('france.xy.bin', 'regions')).toEqual(ids('france.topo.json', 'regions'))
    expect(ids('communes.xy.bin', 'communes')).toEqual(ids('communes.topo.json', 'communes'))
    for (const dep of ['01', '29', '2A', '75', '971', '976']) expect(ids(`communes/${dep}.xy.bin`, 'communes'), dep).toEqual(ids(`communes/${dep}.topo.json`, 'communes'))
  })

  it('carry the insets’ layouts only where all France is drawn', () => {
    expect(readTopology('communes.xy.bin')).toHaveProperty('insets.layouts.column')
    expect(readTopology('epci.xy.bin')).toHaveProperty('insets.layouts.column')
    expect(readTopology('communes/29.xy.bin')).not.toHaveProperty('insets')
    expect(readTopology('epci/regions/53.xy.bin')).not.toHaveProperty('insets')
  })
})

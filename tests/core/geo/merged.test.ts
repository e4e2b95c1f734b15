import { geoArea } from 'd3-geo'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeometry } from '../../../src/core/geo/load.js'
import { currentCommuneCode } from '../../../src/core/registry/history.js'
import { loadTerritories } from '../../../src/core/registry/lazy.js'
import { territories, territory } from '../../../src/core/registry/store.js'
import { children } from '../../../src/core/registry/tree.js'
import { readTopology, useShippedGeometry } from './setup.js'

// The commune and EPCI files are keyed by current codes at build time (scripts/build-geo.mjs), so that
// the map draws them with no merging. Checked here against what the browser's registry says and
// against the 2018 source, independently of topojson's merge.

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into a served-asset URL.
const repo = fileURLToPath(import.meta.url).replace(/tests\/core\/geo\/[^/]+$/, '')
const source = `${repo}../shared/geo/admin-express-cog-2018/communes/`
type Geom = GeometryObject & { id?: string | number; arcs?: unknown }
const geometries = (t: Topology, name: string) => (t.objects[name] as GeometryCollection).geometries as Geom[]

/** The 2018 features of a département's source file. */
function source2018(dep: string): { id: string; feature: GeoJSON.Feature }[] {
  const fc = JSON.parse(readFileSync(`${source}${dep}.geojson`, 'utf8')) as GeoJSON.FeatureCollection
  return fc.features.map((f) => ({ id: String((f.properties as { code: string }).code), feature: f }))
}

/** Arc indexes of a geometry, as used (an arc used twice by one geometry is an inner border). */
function arcIndexes(g: Geom): number[] {
  const out: number[] = []
  const walk = (a: unknown): void => {
    if (Array.isArray(a)) a.forEach(walk)
    else if (typeof a === 'number') out.push(a < 0 ? ~a : a)
  }
  walk(g.arcs)
  return out
}

/** Boundary segments of geometries (absolute quantized points, undirected), each with how many rings use it. */
const decodedArcs = new WeakMap<Topology, (readonly [number, number])[][]>()
function segments(t: Topology, gs: Geom[]): Map<string, number> {
  let decoded = decodedArcs.get(t)
  if (!decoded) {
    decoded = t.arcs.map((arc) => {
      let x = 0
      let y = 0
      return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)] as const)
    })
    decodedArcs.set(t, decoded)
  }
  const counts = new Map<string, number>()
  for (const g of gs)
    for (const i of arcIndexes(g)) {
      const arc = decoded[i]!
      for (let k = 1; k < arc.length; k++) {
        const a = arc[k - 1]!.join(',')
        const b = arc[k]!.join(',')
        if (a === b) continue
        const key = a < b ? `${a} ${b}` : `${b} ${a}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
  return counts
}

/** The union's boundary: the segments used an odd number of times (a border between two members cancels out). */
const outline = (counts: Map<string, number>) => new Set([...counts].filter(([, n]) => n % 2 === 1).map(([s]) => s))

beforeAll(async () => {
  useShippedGeometry()
  await loadTerritories('epci')
  await loadTerritories('commune')
})

describe('communes keyed by current code at build time', () => {
  it('holds, in each département file, exactly the current codes of its 2018 communes (currentCommuneCode, as the browser keys them)', () => {
    if (!existsSync(source)) throw new Error(`${source} is missing`)
    let merged = 0
    for (const dep of territories('departement')) {
      const expected = new Set(source2018(dep.code).map((c) => currentCommuneCode(c.id)).filter((c): c is string => c !== undefined))
      const shipped = geometries(readTopology(`communes/${dep.code}.topo.json`), 'communes').map((g) => String(g.id))
      expect(shipped.length, dep.code).toBe(new Set(shipped).size)
      expect(new Set(shipped), dep.code).toEqual(expected)
      merged += source2018(dep.code).length - shipped.length
    }
    // Several hundred 2018 communes have merged into « communes nouvelles » since.
    expect(merged).toBeGreaterThan(300)
  })

  it('draws a commune merged since 2018 as one geometry, under its current code: no inner border, the area of its 2018 communes', () => {
    // 50 Manche: e.g. Carentan-les-Marais (50099), since 2019 also Brucheville, Catz (50107), Montmartin-en-Graignes…
    const file = readTopology('communes/50.topo.json')
    const shipped = new Map(geometries(file, 'communes').map((g) => [String(g.id), g]))
    const groups = new Map<string, GeoJSON.Feature[]>()
    for (const c of source2018('50')) {
      const key = currentCommuneCode(c.id)
      if (key) groups.set(key, [...(groups.get(key) ?? []), c.feature])
    }
    const merged = [...groups].filter(([, members]) => members.length > 1)
    expect(merged.length).toBeGreaterThan(10)
    expect(merged.find(([code]) => code === '50099')?.[1]).toHaveLength(6)
    expect(shipped.has('50107')).toBe(false)
    for (const [code, members] of merged) {
      const g = shipped.get(code)!
      expect(g, code).toBeDefined()
      const arcs = arcIndexes(g)
      expect(arcs.length, `${code}: an arc used twice is a border left between its 2018 communes`).toBe(new Set(arcs).size)
      expect((g.properties as { nom?: string }).nom).toBe(territory('commune', code)!.name)
    }
    // Area against the 2018 source (simplified and quantized: within 1 % over the département's merged communes).
    return loadGeometry('commune', { level: 'departement', code: '50' }).then(({ features }) => {
      const byCode = new Map(features.map((f) => [f.id, f]))
      const shippedArea = merged.reduce((sum, [code]) => sum + geoArea(byCode.get(code)!), 0)
      const sourceArea = merged.reduce((sum, [, members]) => sum + members.reduce((s, f) => s + geoArea(f), 0), 0)
      expect(Math.abs(shippedArea / sourceArea - 1)).toBeLessThan(0.01)
    })
  })

  it('ships the same communes, by current code, in the national file', () => {
    const national = geometries(readTopology('communes.topo.json'), 'communes').map((g) => String(g.id))
    const perDep = territories('departement').flatMap((d) => geometries(readTopology(`communes/${d.code}.topo.json`), 'communes').map((g) => String(g.id)))
    expect(national.sort()).toEqual(perDep.sort())
    expect(national.filter((c) => currentCommuneCode(c) !== c)).toEqual([])
  })
})

// The region and EPCI files are the map's, pre-projected (scripts/geo/planar.mjs): compared with the
// départements' pre-projected commune files, which share their planar grid.
describe('a region’s communes in one file', () => {
  it('holds its départements’ communes, each with the same outline, a border between départements one arc', () => {
    for (const region of ['53', '94', '75', '04', '11']) {
      const deps = children('region', region, 'departement').map((d) => readTopology(`communes/${d.code}.xy.bin`))
      const own = readTopology(`communes/regions/${region}.xy.bin`)
      const joined = joinFiles(deps)
      const byId = (t: Topology) => new Map(geometries(t, 'communes').map((g) => [String(g.id), g]))
      const expected = byId(joined)
      const shipped = byId(own)
      expect([...shipped.keys()].sort(), region).toEqual([...expected.keys()].sort())
      for (const [code, g] of shipped) {
        expect(outline(segments(own, [g])), `${region} ${code}`).toEqual(outline(segments(joined, [expected.get(code)!])))
      }
      if (deps.length > 1) expect(own.arcs.length, region).toBeLessThan(joined.arcs.length)
    }
  })
})

describe('EPCI merged at build time', () => {
  /** EPCI of the communes of `codes`, membership from the registry. */
  const epciOf = (code: string) => territory('commune', code)?.epci

  /** Each EPCI of `epciFile` is the union of its member communes in `communes` (same topology, same grid): same outline, segment for segment. */
  function expectUnions(communes: Topology, epciFile: Topology, label: string) {
    const members = new Map<string, Geom[]>()
    for (const g of geometries(communes, 'communes')) {
      const e = epciOf(String(g.id))
      if (e) members.set(e, [...(members.get(e) ?? []), g])
    }
    const shipped = geometries(epciFile, 'epci')
    expect(new Set(shipped.map((g) => String(g.id))), label).toEqual(new Set(members.keys()))
    for (const g of shipped) {
      const arcs = arcIndexes(g)
      expect(arcs.length, `${label} ${g.id}: an arc used twice is a border left between its communes`).toBe(new Set(arcs).size)
      // Spikes of simplification (a segment gone over and back) cancel out on both sides.
      expect(outline(segments(epciFile, [g])), `${label} ${g.id}`).toEqual(outline(segments(communes, members.get(String(g.id))!)))
    }
    return shipped.length
  }

  it('draws each EPCI of a département as the union of its member communes there (an EPCI across the border: its part in the département)', () => {
    const deps = new Map<string, Set<string>>()
    for (const c of territories('commune')) if (c.epci) deps.set(c.epci, (deps.get(c.epci) ?? new Set()).add(c.departement!))
    const straddling = new Set([...deps].filter(([, d]) => d.size > 1).map(([e]) => e))
    expect(straddling.size).toBeGreaterThan(10)
    let total = 0
    let cut = 0
    for (const dep of ['29', '2A', '974', '01', '75', '60', '27', '28']) {
      total += expectUnions(readTopology(`communes/${dep}.xy.bin`), readTopology(`epci/${dep}.xy.bin`), dep)
      cut += geometries(readTopology(`epci/${dep}.xy.bin`), 'epci').filter((g) => straddling.has(String(g.id))).length
    }
    expect(total).toBeGreaterThan(50)
    expect(cut).toBeGreaterThan(3)
  })

  it('draws each EPCI of a region as the union of its communes in the region, across its départements', () => {
    for (const region of ['53', '94', '04']) {
      const deps = children('region', region, 'departement').map((d) => d.code)
      // The commune files of the region's départements share the grid: one topology of them, arcs matched by coordinates.
      const communes = joinFiles(deps.map((d) => readTopology(`communes/${d}.xy.bin`)))
      expectUnions(communes, readTopology(`epci/regions/${region}.xy.bin`), region)
    }
  })

  it('draws all France’s EPCI as the union of their communes in the national file', () => {
    expect(expectUnions(readTopology('communes.xy.bin'), readTopology('epci.xy.bin'), 'France')).toBeGreaterThan(1200)
  })

  it('ships one EPCI file per département and per region', () => {
    const files = (dir: string) => readdirSync(`${repo}dist/geo/${dir}`).filter((f) => f.endsWith('.xy.bin'))
    expect(files('epci').length).toBe(territories('departement').length)
    expect(files('epci/regions').length).toBe(territories('region').length)
  })
})

/** Several topologies of one grid as one: their arcs decoded to absolute points and re-encoded under one transform. */
function joinFiles(topologies: Topology[]): Topology {
  const first = topologies[0]!
  const arcs: [number, number][][] = []
  const gs: Geom[] = []
  for (const t of topologies) {
    expect(t.transform).toEqual(first.transform)
    const offset = arcs.length
    for (const arc of t.arcs) arcs.push(arc.map(([x, y]) => [x!, y!]))
    const shift = (a: unknown): unknown => (Array.isArray(a) ? a.map(shift) : typeof a === 'number' ? (a < 0 ? ~(~a + offset) : a + offset) : a)
    for (const g of geometries(t, 'communes')) gs.push({ ...g, arcs: shift(g.arcs) } as Geom)
  }
  return { type: 'Topology', transform: first.transform, objects: { communes: { type: 'GeometryCollection', geometries: gs as never } }, arcs }
}

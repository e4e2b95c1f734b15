import { geoArea } from 'd3-geo'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGeometry } from '../../../src/core/geo/load.js'
import type { GeoFeature } from '../../../src/core/geo/types.js'
import { territories } from '../../../src/core/registry/index.js'
import { readTopology, useShippedGeometry } from './setup.js'

const require = createRequire(import.meta.url)
const codes = (features: { id: string }[]) => features.map((f) => f.id).sort()

beforeAll(useShippedGeometry)

/** d3-geo reads a ring wound the wrong way as the whole globe minus the shape (area ≈ 4π). */
function expectSmallAreas(features: GeoFeature[]) {
  const wrong = features.filter((f) => !(geoArea(f) > 0 && geoArea(f) < 0.01)).map((f) => f.id)
  expect(wrong).toEqual([])
}

describe('loadGeometry', () => {
  it('defaults: without `within`, all France — the overseas départements included', async () => {
    const g = await loadGeometry('departement')
    expect(g.within).toBeUndefined()
    expect(g.level).toBe('departement')
    expect(codes(g.features)).toContain('976')
    expect(g.features.map((f) => f.id)).toEqual(codes(g.features))
  })

  it('ships exactly the 18 regions and 101 départements of the registry, by code both ways', async () => {
    const regions = await loadGeometry('region')
    const deps = await loadGeometry('departement')
    expect(codes(regions.features)).toEqual(territories('region').map((t) => t.code).sort())
    expect(codes(deps.features)).toEqual(territories('departement').map((t) => t.code).sort())
    expect(regions.features).toHaveLength(18)
    expect(deps.features).toHaveLength(101)
    // The registry itself agrees with the official list (metro + DROM).
    const official = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; zone: string }[]
    expect(codes(deps.features)).toEqual(official.filter((d) => d.zone !== 'com').map((d) => d.code).sort())
  })

  it('gives every territory a name and every département its region', async () => {
    const deps = await loadGeometry('departement')
    const regionOf = new Map(territories('departement').map((t) => [t.code, t.region]))
    for (const f of deps.features) expect(f.properties.region, f.id).toBe(regionOf.get(f.id))
    expect(deps.features.find((f) => f.id === '2A')?.properties.nom).toBe('Corse-du-Sud')
    const regions = await loadGeometry('region')
    expect(regions.features.filter((f) => !f.properties.nom)).toEqual([])
  })

  it('winds every ring so that d3-geo sees a small area, at every level', async () => {
    expectSmallAreas((await loadGeometry('region')).features)
    expectSmallAreas((await loadGeometry('departement')).features)
    expectSmallAreas((await loadGeometry('commune')).features)
    for (const dep of territories('departement')) expectSmallAreas((await loadGeometry('commune', { level: 'departement', code: dep.code })).features)
  })

  it('builds regions from the départements’ arcs: a region border is a département border', () => {
    const topo = readTopology('france.topo.json')
    const arcsOf = (name: string) => {
      const used = new Set<number>()
      const walk = (a: unknown): void => {
        if (Array.isArray(a)) a.forEach(walk)
        else if (typeof a === 'number') used.add(a < 0 ? ~a : a)
      }
      for (const g of (topo.objects[name] as { geometries: { arcs?: unknown }[] }).geometries) walk(g.arcs)
      return used
    }
    const dep = arcsOf('departements')
    const region = arcsOf('regions')
    expect(region.size).toBeGreaterThan(0)
    expect([...region].filter((a) => !dep.has(a))).toEqual([])
  })

  it('ships the current communes for all France, by current code, and reports the gap with the current COG', async () => {
    const g = await loadGeometry('commune')
    // 35,357 communes in the 2018 geometry; those merged since are one feature under the current code (merged.test.ts).
    expect(g.features).toHaveLength(34868)
    // Their names come from communes.names.json (the national TopoJSON carries ids only), as in the per-département files.
    const local = await loadGeometry('commune', { level: 'departement', code: '29' })
    const named = new Map(g.features.map((f) => [f.id, f.properties.nom]))
    for (const f of local.features) expect(named.get(f.id), f.id).toBe(f.properties.nom)
    expect(g.features.filter((f) => !f.properties.nom || f.properties.nom === f.id)).toEqual([])
    const current = (require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; zone: string; nom: string }[]).filter(
      (c) => c.type === 'commune-actuelle' && c.zone !== 'com',
    )
    const shipped = new Set(g.features.map((f) => f.id))
    const currentSet = new Set(current.map((c) => c.code))
    const noGeometry = current.filter((c) => !shipped.has(c.code)).map((c) => c.code)
    const noCurrentCode = [...shipped].filter((c) => !currentSet.has(c))
    console.log(`communes: ${current.length} current codes, ${noGeometry.length} without 2018 geometry; ${shipped.size} geometries, ${noCurrentCode.length} without a current code`)
    // Every feature is a current commune, with its current name; only communes created since 2018 by a split lack one.
    expect(noCurrentCode).toEqual([])
    expect(noGeometry.length).toBeLessThan(10)
    const nameOf = new Map(current.map((c) => [c.code, c.nom]))
    expect(g.features.filter((f) => f.properties.nom !== nameOf.get(f.id)).map((f) => f.id)).toEqual([])
  })

  it('splits the communes into one file per département, each holding exactly its own', async () => {
    let total = 0
    for (const dep of territories('departement')) {
      const ids = codes((await loadGeometry('commune', { level: 'departement', code: dep.code })).features)
      expect(ids.length, dep.code).toBeGreaterThan(0)
      expect(ids.filter((c) => !c.startsWith(dep.code)), dep.code).toEqual([])
      total += ids.length
    }
    expect(total).toBe((await loadGeometry('commune')).features.length)
  })

  it('restricts départements to a region and regions to one region', async () => {
    const bretagne = await loadGeometry('departement', { level: 'region', code: '53' })
    expect(codes(bretagne.features)).toEqual(['22', '29', '35', '56'])
    expect(bretagne.neighbors['29']).toEqual(expect.arrayContaining(['22', '56']))
    expect(bretagne.neighbors['29']).not.toContain('35')
    const one = await loadGeometry('region', { level: 'region', code: '94' })
    expect(codes(one.features)).toEqual(['94'])
  })

  it('loads a département’s communes from its own file, finer than the national one', async () => {
    const local = await loadGeometry('commune', { level: 'departement', code: '2A' })
    const national = await loadGeometry('commune')
    const ids = codes(local.features)
    expect(ids).toEqual(codes(national.features.filter((f) => f.id.startsWith('2A'))))
    const points = (fs: GeoFeature[]) => JSON.stringify(fs.map((f) => f.geometry.coordinates)).split('],[').length
    expect(points(local.features)).toBeGreaterThan(points(national.features.filter((f) => f.id.startsWith('2A'))))
  })

  it('finds neighbours across départements when loading a region’s communes', async () => {
    const corse = await loadGeometry('commune', { level: 'region', code: '94' })
    const across = Object.entries(corse.neighbors).filter(([code, list]) => code.startsWith('2A') && list.some((n) => n.startsWith('2B')))
    expect(across.length).toBeGreaterThan(5)
    expect(corse.features.length).toBe(
      (await loadGeometry('commune', { level: 'departement', code: '2A' })).features.length +
        (await loadGeometry('commune', { level: 'departement', code: '2B' })).features.length,
    )
  })

  it('rejects an unknown level, an unknown code and a département holding regions', async () => {
    await expect(loadGeometry('canton' as never)).rejects.toThrow('invalid level: "canton"')
    await expect(loadGeometry('departement', { level: 'region', code: '99' })).rejects.toThrow('invalid within')
    await expect(loadGeometry('region', { level: 'departement', code: '29' })).rejects.toThrow('invalid within')
  })
})

import type { GeometryCollection, Topology } from 'topojson-specification'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadViewGeometry } from '../../../src/components/map/geometry.js'
import { loadTerritories } from '../../../src/core/registry/lazy.js'
import { territories } from '../../../src/core/registry/store.js'
import { children } from '../../../src/core/registry/tree.js'
import type { View } from '../../../src/core/selection.js'
import { readTopology, useShippedGeometry } from '../../core/geo/setup.js'

// The map's commune and EPCI views draw the files merged at build time (pre-projected, .xy.bin), as
// they are: one shape per geometry of the view's file, the codes the registry expects there.

beforeAll(async () => {
  useShippedGeometry()
  await loadTerritories('epci')
})

const ids = (path: string) => ((readTopology(path).objects as Record<string, GeometryCollection>)[path.startsWith('epci') ? 'epci' : 'communes']!.geometries.map((g) => String(g.id)))
const codesOf = async (view: View) => (await loadViewGeometry(view, 600, 500)).shapes.map((s) => s.code).sort()

describe('commune and EPCI views', () => {
  it('draws the EPCI of a département from its file: each EPCI with communes there, one shape each (one across the border too)', async () => {
    for (const dep of ['01', '29', '974']) {
      const expected = [...new Set(territories('commune').filter((c) => c.departement === dep && c.epci).map((c) => c.epci!))].sort()
      expect(await codesOf({ level: 'epci', within: { level: 'departement', code: dep } }), dep).toEqual(expected)
      expect(ids(`epci/${dep}.xy.bin`).sort()).toEqual(expected)
    }
  })

  it('cuts an EPCI across a département border to the view: smaller in the département’s view than in its region’s', async () => {
    const across = territories('epci').find((e) => {
      const deps = new Set(territories('commune').filter((c) => c.epci === e.code).map((c) => c.departement))
      return deps.size > 1 && deps.has('01') && territories('commune').some((c) => c.epci === e.code && c.region === '84' && c.departement !== '01')
    })!
    expect(across).toBeDefined()
    // Same planar grid in both files: the EPCI's extent is smaller in the département's file.
    const extent = (path: string) => {
      const t = readTopology(path) as Topology
      const g = (t.objects['epci'] as GeometryCollection).geometries.find((x) => String(x.id) === across.code)! as { arcs: unknown }
      const used = new Set<number>()
      const walk = (a: unknown): void => (Array.isArray(a) ? a.forEach(walk) : void used.add((a as number) < 0 ? ~(a as number) : (a as number)))
      walk(g.arcs)
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
      for (const i of used) {
        let x = 0
        let y = 0
        for (const [dx, dy] of t.arcs[i]!) {
          x += dx!
          y += dy!
          ;[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)]
        }
      }
      return { transform: t.transform, box: [x0 * t.transform!.scale[0] + t.transform!.translate[0], y0 * t.transform!.scale[1] + t.transform!.translate[1], x1 * t.transform!.scale[0] + t.transform!.translate[0], y1 * t.transform!.scale[1] + t.transform!.translate[1]] }
    }
    const inDep = extent('epci/01.xy.bin')
    const inRegion = extent('epci/regions/84.xy.bin')
    const area = ([a, b, c, d]: number[]) => (c! - a!) * (d! - b!)
    expect(area(inDep.box)).toBeLessThan(area(inRegion.box))
    // And the view draws it: a shape in both.
    const drawn = async (view: View) => (await loadViewGeometry(view, 600, 500)).shapes.some((s) => s.code === across.code)
    expect(await drawn({ level: 'epci', within: { level: 'departement', code: '01' } })).toBe(true)
    expect(await drawn({ level: 'epci', within: { level: 'region', code: '84' } })).toBe(true)
    expect(ids('epci/regions/84.xy.bin')).toContain(across.code)
  })

  it('draws a region’s communes from the region’s file, its départements’ communes all there', async () => {
    for (const region of ['53', '94']) {
      const expected = children('region', region, 'departement').flatMap((d) => ids(`communes/${d.code}.xy.bin`)).sort()
      expect(await codesOf({ level: 'commune', within: { level: 'region', code: region } }), region).toEqual(expected)
      expect(ids(`communes/regions/${region}.xy.bin`).sort()).toEqual(expected)
    }
    // Neighbours across the départements' border (Corse-du-Sud, Haute-Corse): the region's file shares its arcs.
    const corse = await loadViewGeometry({ level: 'commune', within: { level: 'region', code: '94' } }, 600, 500)
    expect([...corse.neighbours].filter(([code, list]) => code.startsWith('2A') && list.some((n) => n.startsWith('2B'))).length).toBeGreaterThan(5)
  })

  it('draws France’s EPCI from the national file, one shape each', async () => {
    const codes = await codesOf({ level: 'epci', within: null })
    expect(codes).toEqual(ids('epci.xy.bin').sort())
    expect(codes).toEqual(territories('epci').map((e) => e.code).sort())
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { loadViewGeometry } from '../../../src/components/map/geometry.js'
import { projectFeatures } from '../../../src/core/geo/features.js'
import { loadGeometry } from '../../../src/core/geo/load.js'
import { currentCommuneCode } from '../../../src/core/registry/history.js'
import type { View } from '../../../src/core/selection.js'
import type { PlanarTopology } from '../../../src/core/geo/planar.js'
import { readTopology, useShippedGeometry } from '../../core/geo/setup.js'

// The map's geometry of a view, read straight from the topology, against the public path (GeoJSON
// features from loadGeometry, projected by projectFeatures) with the map's options. Régions and
// départements come pre-projected (france.xy.bin, quantized on a planar grid of `step` unit lengths):
// a point moves by at most half a step, and the fit, from bounds that moved as much, by one more step at
// the far side; in pixels, times the scale of the point's zone (an inset's is larger). Plus both paths'
// rounding to a tenth of a pixel (each coordinate of each path by up to 0.05).
const ROUNDING = 0.1 * Math.SQRT2

beforeAll(useShippedGeometry)

const OPTIONS = { width: 600, height: 500, padding: 4 }

async function both(view: View) {
  const [map, features] = await Promise.all([loadViewGeometry(view, OPTIONS.width, OPTIONS.height), loadGeometry(view.level as 'region' | 'departement', view.within ?? undefined)])
  return { map, reference: projectFeatures(features, OPTIONS) }
}

const points = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)
/** The largest distance from a point of `a` to the nearest point of `b`. */
function farthest(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]) {
  let worst = 0
  for (const [x, y] of a) worst = Math.max(worst, Math.min(...b.map(([u, v]) => Math.hypot(x - u, y - v))))
  return worst
}

describe('loadViewGeometry', () => {
  it('marks the shapes with no part of their outline on the edge of the drawing (coast, border, the bounds of `within`)', async () => {
    const inner = (g: { shapes: readonly { code: string; runs?: readonly number[] }[] }) => g.shapes.filter((s) => s.runs!.length === 0).map((s) => s.code)
    const france = await loadViewGeometry({ level: 'departement', within: null }, 600, 500)
    // Of the 101: the 49 on a coast or a land border, DROM and Corsica among them, are not inner.
    expect(inner(france)).toHaveLength(52)
    expect(inner(france)).toEqual(expect.arrayContaining(['18', '23', '45', '75', '92']))
    for (const code of ['29', '2A', '2B', '06', '59', '971', '972', '973', '974', '976']) expect(inner(france), code).not.toContain(code)
    // Inside its région, Cher is on the edge of the drawing; Paris and the petite couronne inside Île-de-France are not.
    const centre = await loadViewGeometry({ level: 'departement', within: { level: 'region', code: '24' } }, 600, 500)
    expect(inner(centre)).toEqual([])
    const idf = await loadViewGeometry({ level: 'departement', within: { level: 'region', code: '11' } }, 600, 500)
    expect(inner(idf)).toEqual(['75', '92', '93', '94'])
    // Of the régions, only Île-de-France and Centre-Val de Loire have neither a coast nor a land border.
    expect(inner(await loadViewGeometry({ level: 'region', within: null }, 600, 500))).toEqual(['11', '24'])
  })

  it.each([
    ['départements of France', { level: 'departement', within: null }],
    ['communes of Finistère', { level: 'commune', within: { level: 'departement', code: '29' } }],
  ] as [string, View][])('gives the %s their arcs on the edge as runs of their own points: every point no other shape has, and no other', async (_, view) => {
    const { shapes } = await loadViewGeometry(view, 600, 500)
    const key = (r: Float64Array, p: number) => `${r[(2 * p) % r.length]},${r[((2 * p) % r.length) + 1]}`
    const owners = new Map<string, number>()
    for (const s of shapes) for (const k of new Set(s.rings!.flatMap((r) => Array.from({ length: r.length / 2 }, (_, p) => key(r, p))))) owners.set(k, (owners.get(k) ?? 0) + 1)
    let edges = 0
    for (const s of shapes) {
      const runs = s.runs!
      expect(runs.length % 3, s.code).toBe(0)
      const onEdge = new Set<string>()
      for (let k = 0; k < runs.length; k += 3) {
        const r = s.rings![runs[k]!]!
        expect(runs[k + 1]!, s.code).toBeLessThan(runs[k + 2]!)
        expect(runs[k + 2]!, s.code).toBeLessThanOrEqual(r.length / 2)
        // Inside a run (its ends may be shared with a neighbour), points of this shape alone.
        for (let p = runs[k + 1]! + 1; p < runs[k + 2]!; p++) expect(owners.get(key(r, p)), `${s.code} ${key(r, p)}`).toBe(1)
        for (let p = runs[k + 1]!; p <= runs[k + 2]!; p++) onEdge.add(key(r, p))
      }
      // Every point of this shape alone lies in one of its runs.
      for (const r of s.rings!) for (let p = 0; p < r.length / 2; p++) if (owners.get(key(r, p)) === 1) expect(onEdge.has(key(r, p)), `${s.code} ${key(r, p)}`).toBe(true)
      edges += onEdge.size
    }
    expect(edges).toBeGreaterThan(0)
  })

  it('defaults: all France with its five inset frames, in the size asked for', async () => {
    const g = await loadViewGeometry({ level: 'departement', within: null }, 600, 500)
    expect(g.width).toBe(600)
    expect(g.height).toBe(500)
    expect(g.frames).toHaveLength(5)
    expect(g.insetLabels!.map((l) => l.code)).toEqual(['971', '972', '973', '974', '976'])
  })

  it.each([
    ['départements of France', { level: 'departement', within: null }],
    ['regions of France', { level: 'region', within: null }],
    ['départements of Bretagne', { level: 'departement', within: { level: 'region', code: '53' } }],
    ['the département of La Réunion', { level: 'departement', within: { level: 'departement', code: '974' } }],
  ] as [string, View][])('draws the %s as projectFeatures does: same codes and names, path data and centroids within the planar grid', async (_, view) => {
    const { map, reference } = await both(view)
    expect(map.shapes.map((s) => s.code)).toEqual(reference.shapes.map((s) => s.code))
    expect(map.shapes.map((s) => s.name)).toEqual(reference.shapes.map((s) => s.name))
    const planar = readTopology('france.xy.bin') as PlanarTopology
    const zoneScale = view.within ? 1 : Math.max(1, ...planar.insets!.layouts.column.insets.map((i) => i.scale))
    const tolerance = 1.5 * planar.transform!.scale[0] * (reference.projection as { scale(): number }).scale() * zoneScale + ROUNDING
    expect(tolerance).toBeLessThan(view.within ? 2.5 : 0.6)
    map.shapes.forEach((s, i) => {
      const ref = reference.shapes[i]!
      const [a, b] = [points(s.d), points(ref.d)]
      expect(Math.max(farthest(a, b), farthest(b, a)), s.code).toBeLessThanOrEqual(tolerance)
      s.centroid.forEach((v, j) => expect(Math.abs(v - ref.centroid[j]!), s.code).toBeLessThanOrEqual(tolerance))
    })
  })

  it.each([
    ['communes of Finistère', { level: 'commune', within: { level: 'departement', code: '29' } }, 'communes/29.xy.bin'],
    ['communes of La Réunion', { level: 'commune', within: { level: 'departement', code: '974' } }, 'communes/974.xy.bin'],
    ['communes of France (one in 100)', { level: 'commune', within: null }, 'communes.xy.bin'],
  ] as [string, View, string][])('draws the %s where projectFeatures draws them, within the planar grid', async (_, view, file) => {
    const [map, features] = await Promise.all([loadViewGeometry(view, OPTIONS.width, OPTIONS.height), loadGeometry('commune', view.within ?? undefined)])
    const reference = projectFeatures(features, OPTIONS)
    // The map draws current communes: a commune merged with others since 2018 is their union. Compared:
    // the current communes that are one 2018 commune under the same code.
    const sources = new Map<string, number>()
    for (const s of reference.shapes) {
      const current = currentCommuneCode(s.code)
      if (current) sources.set(current, (sources.get(current) ?? 0) + 1)
    }
    const byCode = new Map(reference.shapes.map((s) => [s.code, s]))
    const planar = readTopology(file) as PlanarTopology
    const zoneScale = view.within ? 1 : Math.max(1, ...(readTopology('communes.xy.bin') as PlanarTopology).insets!.layouts.column.insets.map((i) => i.scale))
    const tolerance = 1.5 * planar.transform!.scale[0] * (reference.projection as { scale(): number }).scale() * zoneScale + ROUNDING
    expect(tolerance).toBeLessThan(0.6)
    const sample = view.within ? map.shapes : map.shapes.filter((_, i) => i % 100 === 0)
    let compared = 0
    for (const s of sample) {
      const ref = byCode.get(s.code)
      if (!ref || sources.get(s.code) !== 1) continue
      const [a, b] = [points(s.d), points(ref.d)]
      expect(Math.max(farthest(a, b), farthest(b, a)), s.code).toBeLessThanOrEqual(tolerance)
      compared++
    }
    expect(compared).toBeGreaterThan(sample.length * 0.8)
  })

  it.each([
    ['départements of France', { level: 'departement', within: null }],
    ['communes of Finistère', { level: 'commune', within: { level: 'departement', code: '29' } }],
    ['EPCI of France', { level: 'epci', within: null }],
  ] as [string, View][])('draws the %s wound as d3 draws them: every shape of positive area on screen (y down)', async (_, view) => {
    const { shapes } = await loadViewGeometry(view, OPTIONS.width, OPTIONS.height)
    const area = (rings: readonly Float64Array[]) => {
      let s = 0
      for (const r of rings) for (let i = 0, n = r.length; i < n; i += 2) s += r[i]! * r[(i + 3) % n]! - r[(i + 2) % n]! * r[i + 1]!
      return s
    }
    // The shapes carry their rings (the canvas draws from them), beside the path data of the public type.
    expect(shapes.filter((s) => area((s as unknown as { rings: Float64Array[] }).rings) < 0).map((s) => s.code)).toEqual([])
  })

  it('finds the neighbours from the topology, on first question', async () => {
    const { map, reference } = await both({ level: 'departement', within: null })
    expect([...map.neighbours.get('29')!]).toEqual([...reference.neighbors['29']!].sort())
    expect([...map.neighbours.get('75')!].sort()).toEqual(['92', '93', '94'])
  })

  it('rejects an unknown within code as loadGeometry does', async () => {
    await expect(loadViewGeometry({ level: 'departement', within: { level: 'region', code: '99' } }, 600, 500)).rejects.toThrow(/within/)
  })
})

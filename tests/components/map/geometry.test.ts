import { beforeAll, describe, expect, it } from 'vitest'
import { loadViewGeometry } from '../../../src/components/map/geometry.js'
import { projectFeatures } from '../../../src/core/geo/features.js'
import { loadGeometry } from '../../../src/core/geo/load.js'
import type { View } from '../../../src/core/selection.js'
import { useShippedGeometry } from '../../core/geo/setup.js'

// The map's geometry of a view, read straight from the topology, against the public path (GeoJSON
// features from loadGeometry, projected by projectFeatures) with the map's options.

beforeAll(useShippedGeometry)

const OPTIONS = { width: 600, height: 500, padding: 4 }

async function both(view: View) {
  const [map, features] = await Promise.all([loadViewGeometry(view, OPTIONS.width, OPTIONS.height), loadGeometry(view.level as 'region' | 'departement', view.within ?? undefined)])
  return { map, reference: projectFeatures(features, OPTIONS) }
}

describe('loadViewGeometry', () => {
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
  ] as [string, View][])('draws the %s as projectFeatures does: same codes, names, path data, centroids', async (_, view) => {
    const { map, reference } = await both(view)
    expect(map.shapes.map((s) => s.code)).toEqual(reference.shapes.map((s) => s.code))
    expect(map.shapes.map((s) => s.name)).toEqual(reference.shapes.map((s) => s.name))
    expect(map.shapes.map((s) => s.d)).toEqual(reference.shapes.map((s) => s.d))
    map.shapes.forEach((s, i) => s.centroid.forEach((v, j) => expect(v).toBeCloseTo(reference.shapes[i]!.centroid[j]!, 9)))
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

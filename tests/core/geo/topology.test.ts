import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { featuresOf, mergeTopologies } from '../../../src/core/geo/topology.js'

// Two unit squares A [0,1]×[0,1] and B [1,2]×[0,1], cut from one topology into two files the way the
// per-département files are: each keeps the shared edge x = 1 (file B stores it the other way round).
const grid = { scale: [1, 1] as [number, number], translate: [0, 0] as [number, number] }
const fileA = (): Topology => ({
  type: 'Topology',
  transform: grid,
  objects: { c: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'A', properties: { nom: 'Square A' }, arcs: [[1, 0]] }] } },
  arcs: [
    [[1, 0], [0, 1]],
    [[1, 1], [-1, 0], [0, -1], [1, 0]],
  ],
})
const fileB = (transform = grid): Topology => ({
  type: 'Topology',
  transform,
  objects: { c: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'B', properties: { nom: 'Square B' }, arcs: [[0, 1]] }] } },
  arcs: [
    [[1, 0], [1, 0], [0, 1], [-1, 0]],
    [[1, 1], [0, -1]],
  ],
})
const both = (): Topology => ({
  type: 'Topology',
  transform: grid,
  objects: {
    c: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'B', properties: { nom: 'Square B' }, arcs: [[2, ~0]] },
        { type: 'Polygon', id: 'A', properties: { nom: 'Square A' }, arcs: [[1, 0]] },
        { type: 'Polygon', id: 'C', properties: { nom: 'Square C' }, arcs: [[3]] },
      ],
    },
  },
  arcs: [
    [[1, 0], [0, 1]],
    [[1, 1], [-1, 0], [0, -1], [1, 0]],
    [[1, 0], [1, 0], [0, 1], [-1, 0]],
    [[5, 0], [1, 0], [0, 1], [-1, 0], [0, -1]],
  ],
})

describe('featuresOf', () => {
  it('defaults: every geometry, sorted by code, with string ids and names', () => {
    const { features, neighbors } = featuresOf(both(), 'c')
    expect(features.map((f) => f.id)).toEqual(['A', 'B', 'C'])
    expect(features[0]!.properties.nom).toBe('Square A')
    expect(neighbors).toEqual({ A: ['B'], B: ['A'], C: [] })
  })

  it('keeps only what `keep` accepts, and neighbours among those only', () => {
    const { features, neighbors } = featuresOf(both(), 'c', (g) => g.id !== 'B')
    expect(features.map((f) => f.id)).toEqual(['A', 'C'])
    expect(neighbors).toEqual({ A: [], C: [] })
  })

  it('throws on a missing object', () => {
    expect(() => featuresOf(fileA(), 'nope')).toThrow('no object nope')
  })
})

describe('mergeTopologies', () => {
  it('joins files on one grid so that a border in both becomes one arc (neighbours across files)', () => {
    const merged = mergeTopologies([fileA(), fileB()], 'c')
    const { features, neighbors } = featuresOf(merged, 'c')
    expect(features.map((f) => f.id)).toEqual(['A', 'B'])
    expect(neighbors).toEqual({ A: ['B'], B: ['A'] })
    // Geometry survives the re-encoding: B's outline still spans x 1..2.
    const xs = features[1]!.geometry.coordinates.flat(2).filter((_, i) => i % 2 === 0) as number[]
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([1, 2])
  })

  it('does not match borders across files quantized differently', () => {
    const merged = mergeTopologies([fileA(), fileB({ scale: [1, 1], translate: [0.5, 0] })], 'c')
    expect(featuresOf(merged, 'c').neighbors).toEqual({ A: [], B: [] })
  })
})

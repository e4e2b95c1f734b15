import { describe, expect, it } from 'vitest'
import { buildScene } from '../../../../src/components/map/canvas/scene.js'

const shapes = [
  { code: 'a', d: 'M0,0L1,0L1,1Z' },
  { code: 'b', d: 'M2,0L3,0L3,1Z' },
  { code: 'c', d: 'M4,0L5,0L5,1Z' },
]
const fills = new Map([
  ['a', 'var(--atlas-class-1, #eee)'],
  ['b', 'url(#m-missing-secret)'],
  ['c', 'var(--atlas-class-1, #eee)'],
])

describe('buildScene', () => {
  it('without highlight: one group per fill, every outline at full opacity', () => {
    const scene = buildScene(shapes, fills, null)
    expect(scene.groups).toEqual([
      { fill: 'var(--atlas-class-1, #eee)', dimmed: false, d: 'M0,0L1,0L1,1ZM4,0L5,0L5,1Z' },
      { fill: 'url(#m-missing-secret)', dimmed: false, d: 'M2,0L3,0L3,1Z' },
    ])
    expect(scene.outline).toBe('M0,0L1,0L1,1ZM2,0L3,0L3,1ZM4,0L5,0L5,1Z')
    expect(scene.dimmedOutline).toBe('')
    expect(scene.highlight).toBe('')
  })

  it('with a highlighted class: the others dimmed apart, the class outlined', () => {
    const scene = buildScene(shapes, fills, new Set(['a']))
    expect(scene.groups.map((g) => [g.fill, g.dimmed, g.d])).toEqual([
      ['var(--atlas-class-1, #eee)', false, 'M0,0L1,0L1,1Z'],
      ['url(#m-missing-secret)', true, 'M2,0L3,0L3,1Z'],
      ['var(--atlas-class-1, #eee)', true, 'M4,0L5,0L5,1Z'],
    ])
    expect(scene.highlight).toBe('M0,0L1,0L1,1Z')
    expect(scene.dimmedOutline).toBe('M2,0L3,0L3,1ZM4,0L5,0L5,1Z')
  })

  it('skips the fill of a shape without one but keeps its outline', () => {
    const scene = buildScene(shapes, new Map([['a', '#000']]), null)
    expect(scene.groups).toHaveLength(1)
    expect(scene.outline).toContain('M4,0')
  })
})

describe('groupShapes', () => {
  it('groups as buildScene does, keeping the shapes', async () => {
    const { groupShapes } = await import('../../../../src/components/map/canvas/scene.js')
    const g = groupShapes(shapes, new Map([['a', '#000'], ['c', '#000']]), new Set(['a']))
    expect(g.groups.map((x) => [x.fill, x.dimmed, x.shapes.map((s) => s.code)])).toEqual([
      ['#000', false, ['a']],
      ['#000', true, ['c']],
    ])
    expect(g.unfilled).toEqual([])
    expect(g.unfilledDimmed.map((s) => s.code)).toEqual(['b'])
    expect(g.highlight.map((s) => s.code)).toEqual(['a'])
  })
})

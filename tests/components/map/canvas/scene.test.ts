import { describe, expect, it } from 'vitest'
import { groupShapes } from '../../../../src/components/map/canvas/scene.js'

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

describe('groupShapes', () => {
  it('without highlight: one group per fill, in the order of first use, every shape at full opacity', () => {
    const g = groupShapes(shapes, fills, null)
    expect(g.groups.map((x) => [x.fill, x.dimmed, x.shapes.map((s) => s.code)])).toEqual([
      ['var(--atlas-class-1, #eee)', false, ['a', 'c']],
      ['url(#m-missing-secret)', false, ['b']],
    ])
    expect([g.unfilled, g.unfilledDimmed, g.highlight]).toEqual([[], [], []])
  })

  it('with a highlighted class: the others dimmed apart, the class outlined; a shape without a fill only outlined', () => {
    const g = groupShapes(shapes, new Map([['a', '#000'], ['c', '#000']]), new Set(['a']))
    expect(g.groups.map((x) => [x.fill, x.dimmed, x.shapes.map((s) => s.code)])).toEqual([
      ['#000', false, ['a']],
      ['#000', true, ['c']],
    ])
    expect(g.unfilled).toEqual([])
    expect(g.unfilledDimmed.map((s) => s.code)).toEqual(['b'])
    expect(g.highlight.map((s) => s.code)).toEqual(['a'])
  })

  it('the same fills dimmed and not, interleaved: one group per fill and dimming, each once, in the order of first use', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((code) => ({ code, d: 'M0,0L1,0L1,1Z' }))
    const colours = new Map(many.map((s, i) => [s.code, i % 2 ? '#111' : '#222']))
    const g = groupShapes(many, colours, new Set(['a', 'b', 'f']))
    expect(g.groups.map((x) => [x.fill, x.dimmed, x.shapes.map((s) => s.code)])).toEqual([
      ['#222', false, ['a']],
      ['#111', false, ['b', 'f']],
      ['#222', true, ['c', 'e']],
      ['#111', true, ['d']],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { classifyCategories } from '../../../src/core/scales/classify-categories.js'

// The four classes of the Insee communal density grid (grille-communale-de-densite, 2020), densest first.
const GRID = ['Très dense', 'Densité intermédiaire', 'Peu dense', 'Très peu dense']

describe('classifyCategories', () => {
  it('defaults: order of appearance, unordered', () => {
    const c = classifyCategories(['b', 'a', 'b', null, ''])
    expect(c.categories).toEqual(['b', 'a'])
    expect(c.ordered).toBe(false)
    expect(c.classes.map((k) => k.count)).toEqual([2, 1])
  })
  it('keeps the given order, and categories nobody has', () => {
    const c = classifyCategories(['Peu dense', 'Très peu dense', 'Peu dense'], { categories: GRID })
    expect(c.ordered).toBe(true)
    expect(c.classes.map((k) => [k.label, k.count])).toEqual([['Très dense', 0], ['Densité intermédiaire', 0], ['Peu dense', 2], ['Très peu dense', 1]])
    expect(c.classOf('Très peu dense')).toBe(3)
    expect(c.classOf(undefined)).toBe(-1)
    expect(c.classOf('Inconnu')).toBe(-1)
  })
  it('appends unexpected categories and warns', () => {
    const c = classifyCategories(['Peu dense', 'Rural'], { categories: GRID })
    expect(c.categories.at(-1)).toBe('Rural')
    expect(c.warnings[0]).toMatch(/Rural/)
  })
})

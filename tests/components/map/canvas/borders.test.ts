import { describe, expect, it } from 'vitest'
import { BORDER_SIZES, borderWidth, typicalSize } from '../../../../src/components/map/canvas/borders.js'
import { CANVAS_STYLE } from '../../../../src/components/map/canvas/style.js'

const box = (w: number, h: number) => ({ bounds: [[10, 20], [10 + w, 20 + h]] as const })

describe('canvas borders', () => {
  it('defaults: the SVG’s border width for territories of 12 device pixels and more, none from 3 down', () => {
    expect(BORDER_SIZES).toEqual({ full: 12, none: 3 })
    expect(borderWidth(12)).toBe(CANVAS_STYLE.shape.width)
    expect(borderWidth(400)).toBe(CANVAS_STYLE.shape.width)
    expect(borderWidth(3)).toBe(0)
    expect(borderWidth(0.5)).toBe(0)
    expect(borderWidth(Number.NaN)).toBe(0)
  })

  it('thins out linearly between the two sizes', () => {
    expect(borderWidth(7.5)).toBeCloseTo(CANVAS_STYLE.shape.width / 2, 12)
    const widths = [4, 6, 8, 10, 11.9].map(borderWidth)
    expect(widths).toEqual([...widths].sort((a, b) => a - b))
    expect(widths[0]).toBeGreaterThan(0)
    expect(widths.at(-1)).toBeLessThan(CANVAS_STYLE.shape.width)
  })

  it('takes the median of the territories’ box sizes', () => {
    expect(typicalSize([])).toBe(0)
    expect(typicalSize([box(2, 4), box(100, 100), box(1, 1)])).toBe(3)
    expect(typicalSize([box(2, 2), box(4, 4), box(6, 6), box(8, 8)])).toBe(4)
  })
})

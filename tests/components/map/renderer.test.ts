import { describe, expect, it } from 'vitest'
// The canvas layer is fetched on demand: shapeLayer hands out its lazy wrapper.
import { CanvasShapes } from '../../../src/components/map/lazy-parts.js'
import { checkRenderer, rendererDefaults, shapeLayer } from '../../../src/components/map/renderer.js'
import { SvgShapes } from '../../../src/components/map/SvgShapes.js'

describe('renderer choice', () => {
  it('defaults to auto, switching to canvas from 2,000 shapes', () => {
    expect(rendererDefaults).toEqual({ renderer: 'auto', canvasFrom: 2000 })
    expect(checkRenderer(undefined)).toBe('auto')
    expect(shapeLayer('auto', 101)).toBe(SvgShapes)
    expect(shapeLayer('auto', 1999)).toBe(SvgShapes)
    expect(shapeLayer('auto', 2000)).toBe(CanvasShapes)
    expect(shapeLayer('auto', 34_968)).toBe(CanvasShapes)
  })

  it('obeys an explicit choice whatever the count', () => {
    expect(shapeLayer('svg', 35_000)).toBe(SvgShapes)
    expect(shapeLayer('canvas', 13)).toBe(CanvasShapes)
    const Own = () => null
    expect(shapeLayer(checkRenderer(Own), 35_000)).toBe(Own)
  })

  it('rejects an unknown name with the option name', () => {
    expect(() => checkRenderer('webgl')).toThrow('invalid renderer: "webgl"')
  })
})

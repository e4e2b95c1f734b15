import { describe, expect, it } from 'vitest'
import { backingStore } from '../../../../src/components/map/canvas/backing.js'

describe('backingStore', () => {
  it('uses the viewBox size at ratio 1 before layout', () => {
    expect(backingStore(0, 600, 500, 1)).toEqual({ pixelWidth: 600, pixelHeight: 500, scale: 1 })
  })

  it('has one backing pixel per device pixel of the displayed width', () => {
    expect(backingStore(300, 600, 500, 2)).toEqual({ pixelWidth: 600, pixelHeight: 500, scale: 1 })
    expect(backingStore(704, 600, 500, 2)).toEqual({ pixelWidth: 1408, pixelHeight: 1173, scale: 1408 / 600 })
  })

  it('falls back to ratio 1 for a missing or nonsensical device pixel ratio', () => {
    expect(backingStore(300, 600, 500, Number.NaN).pixelWidth).toBe(300)
    expect(backingStore(300, 600, 500, 0).pixelWidth).toBe(300)
  })
})

import { describe, expect, it } from 'vitest'
import { deltaE, hexToLab, labToRgb, parseHex, toHex } from '../../../src/core/scales/color.js'

describe('color', () => {
  it('parses #rgb and #rrggbb and writes #rrggbb back', () => {
    expect(toHex(parseHex('#000091'))).toBe('#000091')
    expect(toHex(parseHex('#fA3'))).toBe('#ffaa33')
    expect(() => parseHex('blue')).toThrow('not a #rrggbb colour')
  })
  it('converts to OKLab as published by Ottosson', () => {
    // Reference values from "A perceptual color space for image processing" (B. Ottosson, 2020):
    // sRGB red is L 0.628, a 0.225, b 0.126; white is L 1, a = b = 0.
    const [L, a, b] = hexToLab('#ff0000')
    expect(L).toBeCloseTo(0.628, 3)
    expect(a).toBeCloseTo(0.225, 3)
    expect(b).toBeCloseTo(0.126, 3)
    expect(hexToLab('#ffffff')[0]).toBeCloseTo(1, 4)
    expect(hexToLab('#000000')[0]).toBeCloseTo(0, 4)
  })
  it('round-trips through OKLab', () => {
    for (const hex of ['#000091', '#e4794a', '#6a6af4', '#3a3a3a']) expect(toHex(labToRgb(hexToLab(hex)))).toBe(hex)
  })
  it('measures ΔE_OK', () => {
    expect(deltaE(hexToLab('#000000'), hexToLab('#ffffff'))).toBeCloseTo(1, 3)
    expect(deltaE(hexToLab('#123456'), hexToLab('#123456'))).toBe(0)
  })
})

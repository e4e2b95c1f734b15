import { describe, expect, it } from 'vitest'
import { dataUrlBytes, dataUrlText } from '../../src/core/data-url.js'

// What bundlers inline (Vite: files under 4 KB) reaches loadAsset as a data: URL; a page's CSP
// (`connect-src 'self'`) would refuse to fetch it, so it is decoded instead.
describe('dataUrlText', () => {
  const json = '{"nom":"Paris — 75056"}'

  it('decodes base64 as UTF-8', () => {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    expect(dataUrlText(`data:application/json;base64,${base64}`)).toBe(json)
  })

  it('decodes percent-encoding, and refuses what is not a data: URL', () => {
    expect(dataUrlText(`data:application/json,${encodeURIComponent(json)}`)).toBe(json)
    expect(() => dataUrlText('https://example.org/a,b')).toThrow('not a data: URL')
  })
})

describe('dataUrlBytes', () => {
  it('gives the bytes of base64 and percent-encoded data: URLs, every byte value kept', () => {
    expect([...dataUrlBytes('data:application/octet-stream;base64,AP+Afw==')]).toEqual([0, 255, 128, 127])
    expect([...dataUrlBytes('data:,A%20B')]).toEqual([65, 32, 66])
    // Percent-encoded binary (an .xy.bin inlined by a bundler): bytes that are not UTF-8, and literal text as UTF-8.
    expect([...dataUrlBytes('data:application/octet-stream,%FF%00%80%7f')]).toEqual([255, 0, 128, 127])
    expect([...dataUrlBytes('data:,%C3%A9é')]).toEqual([0xc3, 0xa9, 0xc3, 0xa9])
    expect(() => dataUrlBytes('https://x')).toThrow('not a data: URL')
  })
})

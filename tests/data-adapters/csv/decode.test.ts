import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../../../data-adapters/csv/decode.js'

describe('decodeBytes', () => {
  it('reads UTF-8 without warning', () => {
    expect(decodeBytes(new TextEncoder().encode('Région;Île-de-France'))).toEqual({ text: 'Région;Île-de-France', warnings: [] })
  })

  it('strips the UTF-8 byte-order mark, from bytes or an ArrayBuffer', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Code')])
    expect(decodeBytes(bytes).text).toBe('Code')
    expect(decodeBytes(bytes.buffer).text).toBe('Code')
  })

  it('decodes UTF-16 with its byte-order mark, little- and big-endian, without warning (#8 item 13)', () => {
    const units = [...'Région;Œuvres\n'].map((c) => c.charCodeAt(0))
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])])
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])])
    expect(decodeBytes(le)).toEqual({ text: 'Région;Œuvres\n', warnings: [] })
    expect(decodeBytes(be.buffer)).toEqual({ text: 'Région;Œuvres\n', warnings: [] })
  })

  it('falls back to windows-1252 with a warning, without U+FFFD', () => {
    // « Région;Hauts-de-France;Œuvres » saved by a French Excel: é = 0xE9, Œ = 0x8C.
    const bytes = new Uint8Array([0x52, 0xe9, 0x67, 0x69, 0x6f, 0x6e, 0x3b, 0x8c, 0x75, 0x76, 0x72, 0x65, 0x73])
    const { text, warnings } = decodeBytes(bytes)
    expect(text).toBe('Région;Œuvres')
    expect(text).not.toContain('\uFFFD')
    expect(warnings).toEqual(['the file is not valid UTF-8: read as windows-1252'])
  })

  it('strips the UTF-8 byte-order mark of a file read as windows-1252', () => {
    // A BOM, then « Région » saved as windows-1252 (é = 0xE9): not UTF-8 after all.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x52, 0xe9, 0x67, 0x69, 0x6f, 0x6e])
    expect(decodeBytes(bytes)).toEqual({ text: 'Région', warnings: ['the file is not valid UTF-8: read as windows-1252'] })
  })
})

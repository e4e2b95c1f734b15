import { describe, expect, it } from 'vitest'
import { decodeBytes, decodeBytesInSlices, stripBom } from '../../../data-adapters/csv/decode.js'

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
})

describe('stripBom', () => {
  it('leaves text without a BOM alone, and strips one', () => {
    expect(stripBom('Code')).toBe('Code')
    expect(stripBom('\uFEFFCode')).toBe('Code')
  })
})

describe('decodeBytesInSlices', () => {
  // « é » (2 bytes in UTF-8) across the boundary of the first 1 MB chunk.
  const text = `${'a'.repeat((1 << 20) - 1)}é;Finistère\n${'ü'.repeat(700_000)}`
  const utf8 = new TextEncoder().encode(text)

  it('decodes as decodeBytes does, a character cut by a chunk boundary included, giving the page turns between chunks', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    const decoded = await decodeBytesInSlices(utf8, undefined, -1)
    order.push('decoded')
    expect(order).toEqual(['timer', 'decoded'])
    expect(decoded.text === text).toBe(true)
    expect(decoded).toEqual(decodeBytes(utf8))
  })

  it('reads UTF-16 with its byte-order mark, and falls back to windows-1252 with the warning', async () => {
    const units = [...'Code\tTotal\r\n29\t3'].map((c) => c.charCodeAt(0))
    expect((await decodeBytesInSlices(new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]))).text).toBe('Code\tTotal\r\n29\t3')
    const latin = new Uint8Array([...utf8.subarray(0, 3 << 20), 0x9c, 0x80])
    const decoded = await decodeBytesInSlices(latin, undefined, -1)
    expect(decoded.warnings).toEqual(['the file is not valid UTF-8: read as windows-1252'])
    expect(decoded.text.endsWith('œ€')).toBe(true)
  })

  it('stops between chunks when the signal is aborted, with its reason (no fallback)', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(new DOMException('left', 'AbortError')), 0)
    await expect(decodeBytesInSlices(utf8, controller.signal, -1)).rejects.toThrow('left')
  })
})

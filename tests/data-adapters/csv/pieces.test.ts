import { describe, expect, it } from 'vitest'
import { bytePieces, NOT_UTF8, stripBom, type Pieces } from '../../../data-adapters/csv/pieces.js'

describe('bytePieces', () => {
  // « é » (2 bytes in UTF-8) across the boundary of the first 256 KB piece.
  const text = `${'a'.repeat((1 << 18) - 1)}é;Finistère\n${'ü'.repeat(700_000)}`
  const utf8 = new TextEncoder().encode(text)
  const all = (next: Pieces): string[] => {
    const pieces: string[] = []
    for (let p; (p = next()) !== undefined; ) pieces.push(p)
    return pieces
  }

  it('decodes at most 256 KB of bytes at a time, cut after a line feed where the chunk has one', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `${i};Finistère;${'é'.repeat(i % 7)}\n`).join('')
    const pieces = all(bytePieces(new TextEncoder().encode(lines)))
    expect(pieces.join('') === lines).toBe(true)
    expect(pieces.length).toBeGreaterThan(3)
    for (const piece of pieces) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(1 << 18)
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true)
  })

  it('looks for the line feed in the chunk only: a file without any (CR line ends) is cut every 256 KB', () => {
    const bytes = new TextEncoder().encode('abc;def;123\r'.repeat(100_000))
    // lastIndexOf on the whole array would search back to the file's start for every piece.
    const searched: number[] = []
    const original = Uint8Array.prototype.lastIndexOf
    Uint8Array.prototype.lastIndexOf = function (this: Uint8Array, ...args: Parameters<Uint8Array['lastIndexOf']>) {
      searched.push(this.length)
      return original.apply(this, args)
    }
    try {
      expect(all(bytePieces(bytes)).map((p) => p.length)).toEqual([1 << 18, 1 << 18, 1 << 18, 1 << 18, 1_200_000 - 4 * (1 << 18)])
    } finally {
      Uint8Array.prototype.lastIndexOf = original
    }
    expect(Math.max(...searched)).toBeLessThanOrEqual(1 << 18)
  })

  it('decodes a character cut by a chunk without line feed', () => {
    const pieces = all(bytePieces(utf8))
    expect(pieces[0]).toBe('a'.repeat((1 << 18) - 1))
    expect(pieces[1]!.startsWith('é;Finistère\n')).toBe(true)
    expect(pieces.join('') === text).toBe(true)
    expect(all(bytePieces(new Uint8Array(0)))).toEqual([''])
  })

  it('reads UTF-16 with its byte-order mark; throws NOT_UTF8 on bytes that are not UTF-8, and reads them as windows-1252 with latin', () => {
    const units = [...'Code\tTotal\r\n29\t3'].map((c) => c.charCodeAt(0))
    expect(all(bytePieces(new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]))).join('')).toBe('Code\tTotal\r\n29\t3')
    const latin = new Uint8Array([...utf8.subarray(0, 3 << 18), 0x9c, 0x80])
    expect(() => all(bytePieces(latin))).toThrow(NOT_UTF8)
    expect(all(bytePieces(latin, true)).join('').endsWith('œ€')).toBe(true)
  })

  it('strips the UTF-8 byte-order mark when the bytes are read again as windows-1252 (it would read « ï»¿ »)', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Code;Total\n29;1\n'), 0xe9])
    expect(() => all(bytePieces(bom))).toThrow(NOT_UTF8)
    expect(all(bytePieces(bom, true)).join('')).toBe('Code;Total\n29;1\né')
    // Not a BOM: two of its three bytes.
    expect(all(bytePieces(new Uint8Array([0xef, 0xbb, 0x41]), true)).join('')).toBe('ï»A')
  })
})

describe('stripBom', () => {
  it('leaves text without a BOM alone, and strips one', () => {
    expect(stripBom('Code')).toBe('Code')
    expect(stripBom('\uFEFFCode')).toBe('Code')
  })
})

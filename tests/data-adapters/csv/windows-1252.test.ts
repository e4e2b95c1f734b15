import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from '../../../data-adapters/csv/windows-1252.js'

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the windows-1252 characters and the rest to Latin-1', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x8c, 0x9c, 0x92, 0x96, 0xe0, 0xff, 0x41]))).toBe('€Œœ’–àÿA')
  })

  it('decodes texts longer than one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0xe9)
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(20_000))
  })
})

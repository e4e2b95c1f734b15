import { describe, expect, it } from 'vitest'
import { decodeWindows1252 as byHand } from '../../../data-adapters/csv/windows-1252.js'
import { decodeWindows1252 as byBrowser } from '../../../data-adapters/csv/windows-1252.browser.js'

describe('decodeWindows1252 (browser)', () => {
  it('decodes every byte as the hand table does, 0x80–0x9F included (« € », « œ », « Ÿ »)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(byBrowser(all)).toBe(byHand(all))
    expect(byBrowser(new Uint8Array([0x80, 0x9c, 0x9f]))).toBe('€œŸ')
    expect(byBrowser(new Uint8Array([]))).toBe('')
  })
})

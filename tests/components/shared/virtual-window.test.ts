import { describe, expect, it } from 'vitest'
import { keyTarget, scrollToRow, VIRTUAL_DEFAULTS, virtualWindow } from '../../../src/components/shared/virtual-window.js'

describe('virtual window', () => {
  it('defaults: all rows up to 200, 10 rows of overscan, 32 px rows, 384 px viewport, 90 rows at most', () => {
    expect(VIRTUAL_DEFAULTS).toEqual({ virtualAbove: 200, overscan: 10, rowHeight: 32, viewport: 384, maxRows: 90 })
    // Defaults applied: 384 / 32 = 12 visible rows plus 10 below.
    expect(virtualWindow(35_000, 0, 384, 32)).toEqual({ start: 0, end: 22 })
  })

  it('covers the visible rows plus the overscan on both sides', () => {
    const w = virtualWindow(35_000, 3200, 320, 32, { overscan: 5, maxRows: 90 })
    // Rows 100 to 109 are visible.
    expect(w).toEqual({ start: 95, end: 115 })
  })

  it('stops at the last row and never exceeds maxRows', () => {
    expect(virtualWindow(35_000, 35_000 * 32, 384, 32)).toEqual({ start: 34_989, end: 35_000 })
    expect(virtualWindow(35_000, 34_990 * 32, 384, 32)).toEqual({ start: 34_980, end: 35_000 })
    const tall = virtualWindow(35_000, 0, 10_000, 32)
    expect(tall.end - tall.start).toBe(90)
    expect(virtualWindow(0, 0, 384, 32)).toEqual({ start: 0, end: 0 })
  })

  it('moves by keys within bounds', () => {
    expect(keyTarget('ArrowDown', 0, 10, 3)).toBe(1)
    expect(keyTarget('ArrowUp', 0, 10, 3)).toBe(0)
    expect(keyTarget('PageDown', 8, 10, 3)).toBe(9)
    expect(keyTarget('PageUp', 5, 10, 3)).toBe(2)
    expect(keyTarget('End', 0, 10, 3)).toBe(9)
    expect(keyTarget('Home', 7, 10, 3)).toBe(0)
    expect(keyTarget('a', 7, 10, 3)).toBeUndefined()
  })

  it('scrolls as little as needed to show a row below the sticky header', () => {
    // Visible already.
    expect(scrollToRow(500, 30, 400, 300, 40)).toBe(400)
    // Under the header: its top meets the header's bottom.
    expect(scrollToRow(420, 30, 400, 300, 40)).toBe(380)
    // Below the viewport: its bottom meets the viewport's.
    expect(scrollToRow(690, 30, 400, 300, 40)).toBe(420)
  })
})

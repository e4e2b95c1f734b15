import { describe, expect, it } from 'vitest'
import { canvasPattern } from '../../../src/core/scales/canvas-pattern.js'
import { MISSING_PATTERNS } from '../../../src/core/scales/missing-patterns.js'
import { MISSING_STATUSES } from '../../../src/core/types.js'

// Share of ink pixels in a 24×24 square filled with the pattern.
function inkShare(status: (typeof MISSING_STATUSES)[number]): number {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 24
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = canvasPattern(ctx, MISSING_PATTERNS[status], '#000000', '#ffffff')!
  ctx.fillRect(0, 0, 24, 24)
  const data = ctx.getImageData(0, 0, 24, 24).data
  let dark = 0
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++
  return dark / (24 * 24)
}

describe('canvasPattern', () => {
  it('draws each pattern with ink and background, in a real canvas', () => {
    for (const status of MISSING_STATUSES) {
      const share = inkShare(status)
      expect(share, status).toBeGreaterThan(0.05)
      expect(share, status).toBeLessThan(0.7)
    }
  })
})

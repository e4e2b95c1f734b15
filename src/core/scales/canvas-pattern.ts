import type { MissingPattern } from './missing-patterns.js'

// Beside the pattern data (./missing-patterns.ts), not in it: the script tag's map chunk holds that
// module (the SVG patterns), and only the canvas renderer's part draws on a canvas.

/**
 * A `CanvasPattern` drawing `pattern` in resolved colours (see `resolveCssColor`: canvas cannot read
 * CSS variables). `null` where the environment has no 2D canvas.
 */
export function canvasPattern(ctx: CanvasRenderingContext2D, pattern: MissingPattern, ink: string, background: string): CanvasPattern | null {
  const tile = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(pattern.size, pattern.size) : document.createElement('canvas')
  tile.width = pattern.size
  tile.height = pattern.size
  const t = tile.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null
  if (!t || typeof Path2D === 'undefined') return null
  t.fillStyle = background
  t.fillRect(0, 0, pattern.size, pattern.size)
  const path = new Path2D(pattern.path)
  if (pattern.paint === 'fill') {
    t.fillStyle = ink
    t.fill(path)
  } else {
    t.strokeStyle = ink
    t.lineWidth = pattern.strokeWidth
    t.stroke(path)
  }
  return ctx.createPattern(tile, 'repeat')
}

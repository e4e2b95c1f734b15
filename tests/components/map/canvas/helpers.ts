import { render } from '@testing-library/preact'
import { parseRings } from '../../../../src/components/map/canvas/rings.js'

/** Renders and resolves once the map reports it has drawn. */
export async function draw(ui: (onReady: () => void) => preact.JSX.Element) {
  let ready!: () => void
  const drawn = new Promise<void>((r) => (ready = r))
  const result = render(ui(ready))
  await drawn
  return result
}

const scratch = document.createElement('canvas').getContext('2d')!

/** Whether the browser's own geometry (Canvas `isPointInPath`, even-odd) puts `[x, y]` inside path data `d`. */
export const browserContains = (d: string, x: number, y: number) => scratch.isPointInPath(new Path2D(d), x, y, 'evenodd')

function distanceToEdges(d: string, x: number, y: number): number {
  let best = Infinity
  for (const ring of parseRings(d).rings) {
    for (let i = 0, n = ring.length; i < n; i += 2) {
      const ax = ring[i]!
      const ay = ring[i + 1]!
      const bx = ring[(i + 2) % n]!
      const by = ring[(i + 3) % n]!
      const len = (bx - ax) ** 2 + (by - ay) ** 2
      const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len))
      best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)))
    }
  }
  return best
}

/**
 * A point well inside a shape (viewBox units): of a grid over its box, the inside point farthest from
 * every edge (the centroid of a crescent-shaped commune can fall outside), with that distance.
 */
export function interiorPoint(d: string): { x: number; y: number; clearance: number } {
  const [x0, y0, x1, y1] = parseRings(d).box
  let best = { x: NaN, y: NaN, clearance: 0 }
  const steps = 16
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const x = x0 + ((x1 - x0) * i) / steps
      const y = y0 + ((y1 - y0) * j) / steps
      if (!browserContains(d, x, y)) continue
      const clearance = distanceToEdges(d, x, y)
      if (clearance > best.clearance) best = { x, y, clearance }
    }
  return best
}

/** `rgb(r, g, b)` of the canvas pixel under viewBox point `[x, y]` (the drawing is `width` units wide), and its alpha. */
export function pixelAt(canvas: HTMLCanvasElement, width: number, x: number, y: number): { rgb: string; alpha: number } {
  const scale = canvas.width / width
  const [r, g, b, a] = canvas.getContext('2d')!.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data
  return { rgb: `rgb(${r}, ${g}, ${b})`, alpha: a! }
}

/** `#rrggbb` → `rgb(r, g, b)`, as computed styles write colours. */
export function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

/** A point of a shape's shared border with another: the midpoint of their longest common segment, and its unit normal. */
export function sharedBorder(a: string, b: string): { x: number; y: number; nx: number; ny: number; length: number } | undefined {
  const key = (x1: number, y1: number, x2: number, y2: number) => `${x1},${y1},${x2},${y2}`
  const segments = new Set<string>()
  for (const ring of parseRings(a).rings)
    for (let i = 0, n = ring.length; i < n; i += 2) {
      const s = [ring[i]!, ring[i + 1]!, ring[(i + 2) % n]!, ring[(i + 3) % n]!] as const
      segments.add(key(...s))
      segments.add(key(s[2], s[3], s[0], s[1]))
    }
  let best: { x: number; y: number; nx: number; ny: number; length: number } | undefined
  for (const ring of parseRings(b).rings)
    for (let i = 0, n = ring.length; i < n; i += 2) {
      const [x1, y1, x2, y2] = [ring[i]!, ring[i + 1]!, ring[(i + 2) % n]!, ring[(i + 3) % n]!]
      if (!segments.has(key(x1, y1, x2, y2))) continue
      const length = Math.hypot(x2 - x1, y2 - y1)
      if (!best || length > best.length) best = { x: (x1 + x2) / 2, y: (y1 + y2) / 2, nx: -(y2 - y1) / length, ny: (x2 - x1) / length, length }
    }
  return best
}

/** Dispatches a pointer event at viewBox point `[x, y]` of `canvas` (fractional client coordinates kept). */
export function pointAt(canvas: HTMLCanvasElement, width: number, type: string, x: number, y: number): void {
  const r = canvas.getBoundingClientRect()
  const k = r.width / width
  canvas.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: r.left + x * k, clientY: r.top + y * k }))
}

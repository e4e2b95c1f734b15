import type { ShapeRings } from './rings.js'

/**
 * Whether `[x, y]` lies inside the rings by the even-odd rule: a ray to the right crosses the
 * outline an odd number of times. Exact on the drawn coordinates (no pixels involved), so two
 * territories sharing a border each get the points on their own side, however close.
 */
export function ringsContain(shape: ShapeRings, x: number, y: number): boolean {
  const [bx0, by0, bx1, by1] = shape.box
  if (x < bx0 || x > bx1 || y < by0 || y > by1) return false
  let inside = false
  for (const ring of shape.rings) {
    const n = ring.length
    let px = ring[n - 2]!
    let py = ring[n - 1]!
    for (let i = 0; i < n; i += 2) {
      const qx = ring[i]!
      const qy = ring[i + 1]!
      // Half-open in y, so a ray through a vertex counts it once.
      if (qy > y !== py > y && x < ((px - qx) * (y - qy)) / (py - qy) + qx) inside = !inside
      px = qx
      py = qy
    }
  }
  return inside
}

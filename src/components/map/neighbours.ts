/** The four arrow keys the map moves focus with. */
export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'

/** Unit vectors in screen coordinates (y grows downwards, as in the SVG). */
const VECTORS: Record<Direction, readonly [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

export function isDirection(key: string): key is Direction {
  return key in VECTORS
}

/** What the picker needs of a shape: its projected centroid. */
export interface Located {
  readonly code: string
  readonly centroid: readonly [number, number]
}

/**
 * The territory the arrow key `direction` leads to from `from`.
 *
 * Among the topological neighbours of `from`, the one whose centroid direction makes the smallest
 * angle with the arrow (cosine > 0, i.e. strictly in that half-plane; ties go to the nearer one).
 * A territory with no neighbour that way (an island, a DROM inset, the coast) falls back to the
 * nearest centroid in the half-plane, distances stretched by the angle so that a shape straight
 * ahead wins over a slightly closer one far off-axis. `undefined` when nothing lies that way.
 */
export function pickNeighbour(
  from: string,
  direction: Direction,
  shapes: ReadonlyMap<string, Located>,
  neighbours: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const origin = shapes.get(from)
  if (!origin) return undefined
  const [dx, dy] = VECTORS[direction]
  /** The code of `codes` strictly that way (cosine > 0) that `better` prefers, by distance and cosine to the best so far. */
  const pick = (codes: Iterable<string>, better: (dist: number, cos: number, best: readonly [number, number]) => boolean) => {
    let found: string | undefined
    let best: readonly [number, number] = [0, 0]
    for (const code of codes) {
      const s = shapes.get(code)
      if (!s || code === from) continue
      const vx = s.centroid[0] - origin.centroid[0]
      const vy = s.centroid[1] - origin.centroid[1]
      const dist = Math.hypot(vx, vy)
      // The same centroid: 0 / 0, never that way.
      const cos = (vx * dx + vy * dy) / dist
      if (cos > 1e-9 && (found === undefined || better(dist, cos, best))) {
        found = code
        best = [dist, cos]
      }
    }
    return found
  }
  return (
    pick(neighbours.get(from) ?? [], (dist, cos, [d, c]) => cos > c + 1e-9 || (Math.abs(cos - c) <= 1e-9 && dist < d)) ??
    // cos 1 → distance as is; cos → 0 → up to three times farther.
    pick(shapes.keys(), (dist, cos, [d, c]) => dist * (3 - 2 * cos) < d * (3 - 2 * c))
  )
}

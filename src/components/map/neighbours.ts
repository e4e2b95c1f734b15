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
  const measure = (code: string) => {
    const s = shapes.get(code)
    if (!s || code === from) return undefined
    const vx = s.centroid[0] - origin.centroid[0]
    const vy = s.centroid[1] - origin.centroid[1]
    const dist = Math.hypot(vx, vy)
    if (dist === 0) return undefined
    const cos = (vx * dx + vy * dy) / dist
    return cos > 1e-9 ? { code, dist, cos } : undefined
  }
  let best: { code: string; dist: number; cos: number } | undefined
  for (const code of neighbours.get(from) ?? []) {
    const m = measure(code)
    if (m && (!best || m.cos > best.cos + 1e-9 || (Math.abs(m.cos - best.cos) <= 1e-9 && m.dist < best.dist))) best = m
  }
  if (best) return best.code
  let bestScore = Infinity
  for (const code of shapes.keys()) {
    const m = measure(code)
    if (!m) continue
    // cos 1 → distance as is; cos → 0 → up to three times farther.
    const score = m.dist * (3 - 2 * m.cos)
    if (score < bestScore) {
      bestScore = score
      best = m
    }
  }
  return best?.code
}

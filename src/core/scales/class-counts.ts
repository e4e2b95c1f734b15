import { bisectLeft, bisectRight } from './bisect.js'

/**
 * How many sorted values fall in each class delimited by `breaks`: class 0 is `< breaks[0]`, class
 * i is `[breaks[i-1], breaks[i])`, the last `≥ breaks[last]` (half-open, as `classOf`).
 */
export function classCounts(sorted: readonly number[], breaks: readonly number[]): number[] {
  const edges = [0, ...breaks.map((b) => bisectLeft(sorted, b)), sorted.length]
  return breaks.map((_, i) => edges[i + 1]! - edges[i]!).concat(edges[edges.length - 1]! - edges[edges.length - 2]!)
}

/**
 * Removes breaks that leave a class empty (ties, gaps, duplicate thresholds), keeping the first
 * break of each run: the class count shrinks instead of showing an empty class.
 */
export function dropEmptyClasses(sorted: readonly number[], breaks: readonly number[]): number[] {
  const kept: number[] = []
  for (const b of breaks) {
    const from = kept.length === 0 ? 0 : bisectLeft(sorted, kept[kept.length - 1]!)
    if (bisectLeft(sorted, b) > from) kept.push(b)
  }
  // The last class must hold something too.
  while (kept.length > 0 && bisectLeft(sorted, kept[kept.length - 1]!) >= sorted.length) kept.pop()
  return kept
}

/**
 * Adds breaks until there are `target` classes or no class holds two distinct values: the most
 * populated splittable class is cut at its distinct value nearest its median. Quantiles over tied
 * values (many communes at 0) collapse; this recovers the classes the distinct values allow.
 */
export function splitToTarget(sorted: readonly number[], breaks: readonly number[], target: number): number[] {
  const out = [...breaks]
  while (out.length + 1 < target) {
    const edges = [0, ...out.map((b) => bisectLeft(sorted, b)), sorted.length]
    let best = -1
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i]!
      const to = edges[i + 1]!
      if (to - from > 1 && sorted[from] !== sorted[to - 1] && (best < 0 || to - from > edges[best + 1]! - edges[best]!)) best = i
    }
    if (best < 0) break
    const from = edges[best]!
    const to = edges[best + 1]!
    const median = sorted[(from + to) >> 1]!
    const first = sorted[from]!
    // The cut must leave values below it: past the run of ties at the class minimum if need be.
    out.push(median > first ? median : sorted[bisectRight(sorted, first, from, to)]!)
    out.sort((a, b) => a - b)
  }
  return out
}

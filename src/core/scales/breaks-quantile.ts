/**
 * `k - 1` thresholds splitting sorted values into `k` groups of (nearly) equal size. Each threshold
 * lies halfway between the last value of a group and the first of the next, rather than on a value,
 * so that rounding has room to move it without moving territories; tied values stay together (the
 * threshold is then the tied value, and the group above takes them all).
 */
export function quantileBreaks(sorted: readonly number[], k: number): number[] {
  const n = sorted.length
  return Array.from({ length: k - 1 }, (_, i) => {
    const r = Math.min(n - 1, Math.max(1, Math.round((n * (i + 1)) / k)))
    return (sorted[r - 1]! + sorted[r]!) / 2
  })
}

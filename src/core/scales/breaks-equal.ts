/** `k - 1` thresholds cutting [min, max] into `k` intervals of equal width. */
export function equalBreaks(sorted: readonly number[], k: number): number[] {
  const min = sorted[0]!
  const max = sorted[sorted.length - 1]!
  return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k)
}

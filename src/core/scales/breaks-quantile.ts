import { quantileSorted } from 'd3-array'

/** `k - 1` thresholds splitting sorted values into `k` groups of (nearly) equal size. */
export function quantileBreaks(sorted: readonly number[], k: number): number[] {
  return Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted as number[], (i + 1) / k)!)
}

/**
 * Jenks natural breaks, computed exactly as optimal one-dimensional k-means (Ckmeans.1d.dp: Wang &
 * Song, "Ckmeans.1d.dp: Optimal k-means Clustering in One Dimension by Dynamic Programming", The R
 * Journal 3(2), 2011): the partition into `k` groups of consecutive values with the least total
 * within-group sum of squares, which is what Jenks' method seeks. d3-array has no such function.
 * Each break lies halfway between the groups it separates.
 *
 * Ties are grouped first (one weighted point per distinct value), so equal values never straddle a
 * break, and the dynamic programme uses divide and conquer over the monotone split points:
 * O(k·m·log m) for m distinct values — fast enough for the 35 000 communes.
 */
export function jenksBreaks(sorted: readonly number[], k: number): number[] {
  const { values, weights } = distinct(sorted)
  const m = values.length
  k = Math.min(k, m)
  if (k <= 1) return []
  // Shifting by the median limits the cancellation in sum(x²) - sum(x)²/n.
  const shift = values[m >> 1]!
  const w = new Float64Array(m + 1)
  const s1 = new Float64Array(m + 1)
  const s2 = new Float64Array(m + 1)
  for (let i = 0; i < m; i++) {
    const x = values[i]! - shift
    const wi = weights[i]!
    w[i + 1] = w[i]! + wi
    s1[i + 1] = s1[i]! + wi * x
    s2[i + 1] = s2[i]! + wi * x * x
  }
  // Within-group sum of squares of the distinct values j..i (inclusive).
  const ssq = (j: number, i: number) => {
    const sw = w[i + 1]! - w[j]!
    const sx = s1[i + 1]! - s1[j]!
    return Math.max(0, s2[i + 1]! - s2[j]! - (sx * sx) / sw)
  }
  const cost: Float64Array[] = []
  const split: Int32Array[] = []
  for (let q = 0; q < k; q++) {
    cost.push(new Float64Array(m))
    split.push(new Int32Array(m))
  }
  for (let i = 0; i < m; i++) cost[0]![i] = ssq(0, i)
  for (let q = 1; q < k; q++) {
    const prev = cost[q - 1]!
    const row = cost[q]!
    const arg = split[q]!
    const fill = (imin: number, imax: number, jlow: number, jhigh: number): void => {
      if (imin > imax) return
      const i = (imin + imax) >> 1
      let best = Infinity
      let bestJ = Math.max(q, jlow)
      for (let j = Math.max(q, jlow); j <= Math.min(i, jhigh); j++) {
        const c = prev[j - 1]! + ssq(j, i)
        if (c < best) {
          best = c
          bestJ = j
        }
      }
      row[i] = best
      arg[i] = bestJ
      fill(imin, i - 1, jlow, bestJ)
      fill(i + 1, imax, bestJ, jhigh)
    }
    fill(q, m - 1, q, m - 1)
  }
  const breaks: number[] = []
  let right = m - 1
  for (let q = k - 1; q > 0; q--) {
    const j = split[q]![right]!
    // Mid-gap: any threshold in (last of the lower group, first of the upper] gives the same groups,
    // and the middle leaves rounding the most room.
    breaks.unshift((values[j - 1]! + values[j]!) / 2)
    right = j - 1
  }
  return breaks
}

function distinct(sorted: readonly number[]): { values: number[]; weights: number[] } {
  const values: number[] = []
  const weights: number[] = []
  for (const x of sorted) {
    if (values.length > 0 && values[values.length - 1] === x) weights[weights.length - 1]!++
    else {
      values.push(x)
      weights.push(1)
    }
  }
  return { values, weights }
}

/**
 * Resolves once {@link jenksBreaks} can run: at once here; the script tag's parts fetch the breaks
 * when an element first asks for them (breaks-jenks.parts.ts).
 */
export const jenksReady = (): Promise<void> => Promise.resolve()

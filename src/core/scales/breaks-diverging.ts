import { equalBreaks } from './breaks-equal.js'
import { jenksBreaks } from './breaks-jenks.js'
import { quantileBreaks } from './breaks-quantile.js'
import type { ClassMethod } from './classification.js'

/**
 * Breaks around a reference (the France value, say), the reference being one of them. The `k`
 * classes are shared out between the two sides as evenly as possible, the odd one going to the side
 * holding more values; each side is then cut by `method`. Equal intervals use one width on both
 * sides, so that the classes are symmetric about the reference.
 */
export function divergingBreaks(sorted: readonly number[], k: number, reference: number, method: Exclude<ClassMethod, 'manual'>): number[] {
  const split = sorted.findIndex((v) => v >= reference)
  const low = split === -1 ? sorted : sorted.slice(0, split)
  const high = split === -1 ? [] : sorted.slice(split)
  const kLow = low.length === 0 ? 0 : high.length === 0 ? k : low.length > high.length ? Math.ceil(k / 2) : Math.floor(k / 2)
  const kHigh = k - kLow
  if (method === 'equal') {
    const width = Math.max(reference - (sorted[0] ?? reference), (sorted[sorted.length - 1] ?? reference) - reference) / Math.max(kLow, kHigh, 1)
    return [
      ...Array.from({ length: Math.max(kLow - 1, 0) }, (_, i) => reference - width * (kLow - 1 - i)),
      reference,
      ...Array.from({ length: Math.max(kHigh - 1, 0) }, (_, i) => reference + width * (i + 1)),
    ]
  }
  const cut = method === 'jenks' ? jenksBreaks : quantileBreaks
  // A side cut into j classes gives j - 1 inner breaks; the reference closes the low side.
  return [...(kLow > 1 ? cut(low, kLow) : []), reference, ...(kHigh > 1 ? cut(high, kHigh) : [])]
}

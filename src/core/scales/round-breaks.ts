import { classCounts } from './class-counts.js'

/** Rounded breaks and the decimals they need. */
export interface RoundedBreaks {
  breaks: number[]
  /** Decimals needed to print every break (0 for 12 000). */
  digits: number
}

/** How far rounding may move a class's count: a quarter of it, at least one value. */
const TOLERANCE = 0.25

/**
 * Rounds breaks to readable numbers: all to the same power of ten, starting at a tenth of the
 * power of ten of the data's spread (spread 8.4 → 0,1, so 2,13 → 2,1; spread 40 000 → 1 000, so 12 345 →
 * 12 000; spread 3 000 → 100, so 12 345 → 12 300), and refining by tenths until
 * - the breaks stay distinct and increasing,
 * - every class that held values still holds some (rounding never empties or merges a class),
 * - no class count moves by more than a quarter (quantiles stay roughly quantiles).
 * A diverging reference is rounded like the others (2,588 → 2,6). When no power of ten down to
 * 10⁻⁶ of the spread satisfies this, the raw breaks are returned.
 */
export function roundBreaks(sorted: readonly number[], breaks: readonly number[]): RoundedBreaks {
  const spread = sorted[sorted.length - 1]! - sorted[0]!
  const exact = { breaks: [...breaks], digits: Math.max(0, ...breaks.map(decimals)) }
  if (breaks.length === 0 || !(spread > 0)) return exact
  const before = classCounts(sorted, breaks)
  const top = Math.floor(Math.log10(spread)) - 1
  for (let e = top; e >= top - 6; e--) {
    const digits = Math.max(0, -e)
    const candidate = breaks.map((b) => roundTo(b, e))
    if (!candidate.every((b, i) => i === 0 || b > candidate[i - 1]!)) continue
    const after = classCounts(sorted, candidate)
    const ok = after.every((n, i) => {
      const was = before[i]!
      return (was === 0 || n > 0) && Math.abs(n - was) <= Math.max(1, was * TOLERANCE)
    })
    if (ok) return { breaks: candidate, digits }
  }
  return exact
}

/** `x` rounded to a multiple of 10^e, without binary noise (2.1, not 2.1000000000000001). */
export function roundTo(x: number, e: number): number {
  const r = Math.round(x / 10 ** e) * 10 ** e
  return e < 0 ? Number(r.toFixed(-e)) : Math.round(r)
}

/** Decimals needed to write `x` exactly, up to 6. */
export function decimals(x: number): number {
  for (let d = 0; d < 6; d++) if (Number(x.toFixed(d)) === x) return d
  return 6
}

/**
 * The numerator and denominator behind each value of a ratio indicator (`per`): what a national or
 * regional value is pooled from. A share of France is Σ numerators / Σ denominators, never the mean of
 * the territories' shares.
 */
export interface RatioParts {
  /** The multiplier of the ratio (`scale`): 100 for a percentage, 1000 for k€ → €. */
  readonly scale: number
  /** Numerator and denominator of `code`'s value; `undefined` when its value is missing. */
  get(code: string): readonly [numerator: number, denominator: number] | undefined
}


/**
 * The value of the area made of the territories `codes`: Σ numerators / Σ denominators × scale, so that
 * each territory weighs by its denominator (never the mean of the ratios). The one pooling rule of the
 * widgets. `undefined` without parts (an indicator that is not a ratio), when a territory has no parts
 * (a partial sum is not the area's value: pool the others by name), with no territory, or when the
 * result is not a finite number (a zero sum of denominators, parts given that are not finite numbers):
 * bad input gives no value, never a wrong one.
 */
export function pooled(parts: RatioParts | undefined, codes: Iterable<string>): number | undefined {
  if (!parts) return
  let num = 0
  let den = 0
  for (const code of codes) {
    const p = parts.get(code)
    if (!p) return
    num += p[0]
    den += p[1]
  }
  const value = (num / den) * parts.scale
  // Not a finite number when a sum is NaN, infinite, 0 / 0 (no territory) or, from parts given as strings, a string.
  return Number.isFinite(num + den + value) ? value : undefined
}

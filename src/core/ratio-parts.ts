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


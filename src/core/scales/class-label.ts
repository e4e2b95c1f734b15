import { formatNumber } from '../format.js'
import type { Lang } from '../locale.js'
import { TEXTS } from '../text/table.js'

/** Formatting of class labels. */
export interface ClassLabelOptions {
  /** Default: `'fr'`. */
  lang?: Lang
  /** Unit written after the numbers. Default: `''`. */
  unit?: string
  /** Decimals. Default: from each number's magnitude ({@link formatNumber}). */
  digits?: number
}

/**
 * The label of the half-open class [lower, upper), in words rather than `[2,1 ; 3,4[`, which many
 * readers do not decode: `moins de 2,1 %`, `de 2,1 à moins de 3,4 %`, `3,4 % et plus`; a class
 * holding a single value shows that value. `lower = -Infinity` / `upper = Infinity` mark the open
 * first and last classes.
 */
export function classLabel(lower: number, upper: number, options: ClassLabelOptions = {}): string {
  const lang = options.lang ?? 'fr'
  const f = (x: number, unit?: string) => formatNumber(x, { lang, ...(options.digits !== undefined ? { digits: options.digits } : {}), ...(unit ? { unit } : {}) })
  const unit = options.unit ?? ''
  const open = (x: number) => x === Infinity || x === -Infinity
  const words = TEXTS[lang].range
  if (open(lower) && open(upper)) return words.all
  if (lower === upper) return f(lower, unit)
  if (lower === -Infinity) return words.below(f(upper, unit))
  if (upper === Infinity) return words.above(f(lower, unit))
  return words.between(f(lower), f(upper, unit))
}

import { bisectRight } from './bisect.js'
import { LANGS, type Lang } from '../locale.js'
import { boolean, integer, invalid, number, numberList, oneOf, string } from '../options.js'
import { divergingBreaks } from './breaks-diverging.js'
import { equalBreaks } from './breaks-equal.js'
import { jenksBreaks } from './breaks-jenks.js'
import { quantileBreaks } from './breaks-quantile.js'
import { classCounts, dropEmptyClasses, splitToTarget } from './class-counts.js'
import { classLabel } from './class-label.js'
import { CLASS_METHODS, CLASS_RANGE, type ClassMethod, type NumericClassification, type ValueClass } from './classification.js'
import { roundBreaks } from './round-breaks.js'

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /** `quantile` (same number of territories per class), `equal` (intervals of equal width), `jenks` (natural breaks), `manual` (needs `breaks`). Default: `'quantile'`, or `'manual'` when `breaks` are given. */
  method: ClassMethod
  /** Number of classes, 3 to 9. Default: 5. Ignored when `breaks` are given. */
  classes: number
  /** Inner thresholds to use as they are (no rounding, empty classes kept): shares one legend between maps. Default: none. */
  breaks?: number[]
  /** Reference value (e.g. the France value) for a diverging classification; it becomes a break. Default: none. */
  reference?: number
  /** Round computed breaks to readable numbers. Default: `true`. */
  round: boolean
  /** Language of the labels. Default: `'fr'`. */
  lang: Lang
  /** Unit in the labels (`'%'`, `'€'`). Default: `''`. */
  unit: string
}

/** Defaults of {@link classify}. */
export const classifyDefaults: Readonly<ClassifyOptions> = { method: 'quantile', classes: 5, round: true, lang: 'fr', unit: '' }

/**
 * Cuts values into classes for a choropleth (and for the ranking and table, which show the same
 * class colours). Never leaves a computed class empty: ties, too few distinct values or gaps reduce
 * the number of classes, and the result says so (`reduced`, `warnings`). Non-finite values are
 * ignored. Throws `invalid <option>: <value>` on a bad option.
 */
export function classify(values: readonly number[], options: Partial<ClassifyOptions> = {}): NumericClassification {
  const given = numberList('breaks', options.breaks)
  const method = oneOf('method', options.method, CLASS_METHODS, given ? 'manual' : classifyDefaults.method)
  if (method === 'manual' && !given) invalid('breaks', options.breaks, 'method manual needs breaks')
  const k = integer('classes', options.classes, classifyDefaults.classes, CLASS_RANGE)
  if (given && given.length >= CLASS_RANGE.max) invalid('breaks', options.breaks, `at most ${CLASS_RANGE.max - 1} breaks (${CLASS_RANGE.max} classes)`)
  const reference = number('reference', options.reference)
  const round = boolean('round', options.round, classifyDefaults.round)
  const lang = oneOf('lang', options.lang, LANGS, classifyDefaults.lang)
  const unit = string('unit', options.unit, classifyDefaults.unit, true)!

  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  const warnings: string[] = []
  if (sorted.length < values.length) warnings.push(`${values.length - sorted.length} non-finite values ignored`)
  const domain: [number, number] = sorted.length ? [sorted[0]!, sorted[sorted.length - 1]!] : [NaN, NaN]
  const requested = given ? given.length + 1 : k

  let breaks: number[]
  let digits: number | undefined
  // Position of the reference among the breaks: it survives rounding under another value (2,6).
  let refIndex = -1
  if (given) {
    breaks = reference !== undefined && !given.includes(reference) ? [...given, reference].sort((a, b) => a - b) : given
    refIndex = reference === undefined ? -1 : breaks.indexOf(reference)
    if (breaks.length > given.length) warnings.push(`reference ${reference} added to the breaks`)
  } else if (sorted.length === 0) {
    breaks = []
    warnings.push('no values to classify')
  } else {
    const raw =
      reference !== undefined
        ? divergingBreaks(sorted, k, reference, method as Exclude<ClassMethod, 'manual'>)
        : method === 'jenks'
          ? jenksBreaks(sorted, k)
          : method === 'equal'
            ? equalBreaks(sorted, k)
            : quantileBreaks(sorted, k)
    breaks = dropEmptyClasses(sorted, raw)
    if (method === 'quantile' && reference === undefined) breaks = splitToTarget(sorted, breaks, k)
    refIndex = reference === undefined ? -1 : breaks.indexOf(reference)
    if (round) ({ breaks, digits } = roundBreaks(sorted, breaks))
    if (breaks.length + 1 < k) warnings.push(`${k} classes requested, ${breaks.length + 1} made: an empty class would have been left (ties or gaps in the values)`)
    if (reference !== undefined && refIndex < 0) warnings.push(`every value is on one side of the reference ${reference}`)
  }

  const counts = classCounts(sorted, breaks)
  const bounds = [0, ...counts.map((_, i) => counts.slice(0, i + 1).reduce((a, b) => a + b, 0))]
  const single = breaks.length === 0 && sorted.length > 0 && domain[0] === domain[1]
  const labelOptions = { lang, unit, ...(digits !== undefined ? { digits } : {}) }
  const classes: ValueClass[] = sorted.length === 0 && !given ? [] : counts.map((count, i) => {
    const lower = i === 0 ? -Infinity : breaks[i - 1]!
    const upper = i === breaks.length ? Infinity : breaks[i]!
    return {
      index: i,
      lower,
      upper,
      min: count ? sorted[bounds[i]!]! : NaN,
      max: count ? sorted[bounds[i + 1]! - 1]! : NaN,
      count,
      label: single ? classLabel(domain[0], domain[0], { lang, unit }) : classLabel(lower, upper, labelOptions),
    }
  })
  const below = reference === undefined ? 0 : refIndex >= 0 ? refIndex + 1 : domain[1] < reference ? classes.length : 0

  return {
    kind: 'numeric',
    method,
    breaks,
    domain,
    classes,
    classOf: (value) => (value === null || value === undefined || !Number.isFinite(value) ? -1 : bisectRight(breaks, value)),
    ...(reference !== undefined ? { reference: refIndex >= 0 ? breaks[refIndex]! : reference } : {}),
    below,
    digits,
    requested,
    reduced: classes.length < requested,
    warnings,
  }
}

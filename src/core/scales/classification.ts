/** How numeric classes are made. */
export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'manual'

export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks', 'manual']

/** How many classes a classification may have: few enough to tell the colours apart. */
export const CLASS_RANGE = { min: 3, max: 9 } as const

/** One class of values: the half-open interval [lower, upper). */
export interface ValueClass {
  /** Position, 0 for the lowest values. */
  readonly index: number
  /** Lower bound (included); `-Infinity` for the first class. */
  readonly lower: number
  /** Upper bound (excluded); `Infinity` for the last class. */
  readonly upper: number
  /** Smallest value in the class; `NaN` when empty (only possible with given breaks). */
  readonly min: number
  /** Largest value in the class; `NaN` when empty. */
  readonly max: number
  /** Number of values in the class. */
  readonly count: number
  /** Range in words, with the unit: `de 2,1 à moins de 3,4 %`. */
  readonly label: string
}

/** Result of {@link classify}. */
export interface NumericClassification {
  readonly kind: 'numeric'
  /** The method that made the breaks (`manual` for given breaks, unless a method was named with them). */
  readonly method: ClassMethod
  /** Inner thresholds, increasing; class i is [breaks[i-1], breaks[i]). Pass them to another map to share the legend. */
  readonly breaks: number[]
  /** [min, max] of the values; `[NaN, NaN]` without values. */
  readonly domain: [number, number]
  readonly classes: ValueClass[]
  /** Index of the class of `value`; `-1` for `null`, `undefined`, `NaN` or ±Infinity. */
  classOf(value: number | null | undefined): number
  /** The reference of a diverging classification, if any: one of the breaks, rounded like them (2,588 → 2,6). */
  readonly reference?: number
  /** Number of classes below the reference (0 without reference): picks the diverging colours. */
  readonly below: number
  /** Decimals of the rounded breaks; `undefined` when breaks were not rounded. */
  readonly digits: number | undefined
  /** Classes asked for. */
  readonly requested: number
  /** Whether fewer classes than asked were made (ties, too few distinct values, gaps). */
  readonly reduced: boolean
  /** What was adjusted, in English, for developers. */
  readonly warnings: string[]
}

/** One category of a categorical or ordinal indicator. */
export interface CategoryClass {
  readonly index: number
  /** The category as found in the data. */
  readonly category: string
  /** Text shown: the category itself. */
  readonly label: string
  readonly count: number
}

/** Result of {@link classifyCategories}. */
export interface CategoricalClassification {
  readonly kind: 'categorical'
  readonly method: 'categorical'
  readonly categories: string[]
  readonly classes: CategoryClass[]
  /** Index of the class of `category`; `-1` for no or unknown category. */
  classOf(category: string | null | undefined): number
  /** Whether the categories have a natural order (a sequential palette fits then). */
  readonly ordered: boolean
  readonly warnings: string[]
}

/** Either kind of classification, as the legend, map, ranking and table take it. */
export type Classification = NumericClassification | CategoricalClassification

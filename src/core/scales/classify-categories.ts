import { boolean } from '../options.js'
import type { CategoricalClassification, CategoryClass } from './classification.js'

/** Options of {@link classifyCategories}. */
export interface ClassifyCategoriesOptions {
  /** Categories in their natural order (`IndicatorMeta.categories`). Default: order of first appearance. */
  categories?: readonly string[]
  /** Whether that order is meaningful (density grid: yes), which calls for a sequential palette. Default: `true` when `categories` are given, else `false`. */
  ordered?: boolean
}

/**
 * One class per category, in the given order, for categorical and ordinal indicators (the
 * communal density grid: « Très dense » … « Très peu dense »). Given categories are all kept, even
 * when no territory has them: they are a fixed nomenclature. Categories found in the data but not
 * given are appended in order of appearance, with a warning. `null`/`undefined`/`''` are not counted.
 */
export function classifyCategories(values: readonly (string | null | undefined)[], options: ClassifyCategoriesOptions = {}): CategoricalClassification {
  const given = options.categories ? [...options.categories] : undefined
  const ordered = boolean('ordered', options.ordered, given !== undefined)!
  const categories = given ? [...new Set(given)] : []
  const counts = new Map<string, number>(categories.map((c) => [c, 0]))
  const extra: string[] = []
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue
    if (!counts.has(v)) {
      counts.set(v, 0)
      categories.push(v)
      if (given) extra.push(v)
    }
    counts.set(v, counts.get(v)! + 1)
  }
  const index = new Map(categories.map((c, i) => [c, i]))
  const classes: CategoryClass[] = categories.map((category, i) => ({ index: i, category, label: category, count: counts.get(category)! }))
  return {
    kind: 'categorical',
    method: 'categorical',
    categories,
    classes,
    classOf: (category) => (category === null || category === undefined ? -1 : (index.get(category) ?? -1)),
    ordered,
    warnings: extra.length ? [`categories not in the given list, appended: ${extra.join(', ')}`] : [],
  }
}

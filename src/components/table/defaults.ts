import type { Lang } from '../../core/locale.js'

/** Optional columns per indicator. */
export type ExtraColumn = 'rank' | 'gap'

/** Defaults of {@link ComparisonTable}'s options. */
export const defaults = {
  /** Language of every text. Default `fr`. */
  lang: 'fr' as Lang,
  /** Optional columns per indicator: none. */
  columns: [] as readonly ExtraColumn[],
  /** A box filtering the rows by name. Default true. */
  filterBox: true,
  /** Sort: by name, ascending (`sort` key `name`; an indicator is `v0`, `v1`…). */
  sort: { key: 'name', direction: 'ascending' } as const,
}

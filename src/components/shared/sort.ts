/** Sort direction, as `aria-sort` spells it. */
export type SortDirection = 'ascending' | 'descending'

/** Which column a table is sorted by. */
export interface SortState {
  readonly key: string
  readonly direction: SortDirection
}

/**
 * The sort after activating column `key`'s button: ascending on a new column (descending when
 * `firstDescending`, e.g. for numbers where the largest is wanted first), reversed on the same column.
 */
export function nextSort(current: SortState | undefined, key: string, firstDescending = false): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  return { key, direction: firstDescending ? 'descending' : 'ascending' }
}

/**
 * Indices of `keys` in sorted order; `undefined` (a missing value) always last, in both
 * directions; ties keep their input order (stable). Numbers compare numerically, strings with
 * `collator`.
 */
export function sortOrder(keys: readonly (number | string | undefined)[], direction: SortDirection, collator = new Intl.Collator()): number[] {
  const sign = direction === 'ascending' ? 1 : -1
  // 1 for a missing value (undefined, NaN), 0 for a value.
  const missing = (i: number) => Number(keys[i] === undefined || Number.isNaN(keys[i]))
  // Array.prototype.sort is stable: ties, and missing values among themselves, keep their input order.
  return keys
    .map((_, i) => i)
    .sort((a, b) => {
      const x = keys[a]!
      const y = keys[b]!
      return missing(a) - missing(b) || (missing(a) ? 0 : sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))))
    })
}

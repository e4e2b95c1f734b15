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
export function sortOrder(keys: readonly (number | string | undefined)[], direction: SortDirection, collator?: Intl.Collator): Uint32Array {
  const n = keys.length
  const present: number[] = []
  const missing: number[] = []
  for (let i = 0; i < n; i++) (keys[i] === undefined || (typeof keys[i] === 'number' && Number.isNaN(keys[i])) ? missing : present).push(i)
  const sign = direction === 'ascending' ? 1 : -1
  const compare = collator ?? new Intl.Collator()
  present.sort((a, b) => {
    const x = keys[a]!
    const y = keys[b]!
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compare.compare(String(x), String(y))
    return c === 0 ? a - b : sign * c
  })
  const out = new Uint32Array(n)
  out.set(present, 0)
  out.set(missing, present.length)
  return out
}

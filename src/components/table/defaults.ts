/** Optional columns per indicator: its rank within the view, its gap to the reference. */
export const EXTRA_COLUMNS = ['rank', 'gap'] as const
export type ExtraColumn = (typeof EXTRA_COLUMNS)[number]

/** References the table computes from its data: France entière, or the area shown (the parent territory of its rows). */
export const REFERENCE_KINDS = ['france', 'parent'] as const
export type ReferenceKind = (typeof REFERENCE_KINDS)[number]

/** Defaults of {@link ComparisonTableProps}; each is what the table does when the prop is absent. */
export const defaults = {
  /** Language of every text: French. */
  lang: 'fr',
  /** Optional columns per indicator: none. */
  columns: [] as readonly ExtraColumn[],
  /** A box filtering the rows by name: shown. */
  filterBox: true,
  /** Sort at start: by name, ascending (`name`; the indicators are `v0`, `v1`…). */
  sort: { key: 'name', direction: 'ascending' } as const,
  /** The CSV download of what is shown: offered. */
  download: true,
  /** Prefix of the element ids. */
  id: 'atlas-table',
} as const

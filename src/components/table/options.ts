import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { invalid } from '../../core/options.js'
import type { SelectionStore } from '../../core/selection.js'
import { checkSpec, type Expect, type SameOptions, type Values } from '../../core/spec/spec.js'
import type { View } from '../../core/view.js'
import type { ExportFormat } from '../shared/export/ExportToolbar.js'
import type { Reference } from './compute.js'
import type { ExtraColumn, ReferenceKind } from './defaults.js'
import { tableSpec } from './spec.js'

/** Props of {@link ComparisonTable}. */
export interface ComparisonTableProps {
  /** The indicators, one column each, all of the same level. Required. */
  tables: readonly IndicatorTable[]
  /** Language of every text. Default `fr`. */
  lang?: Lang
  /** Area shown: `null` (France entière), `{ level: 'region', code: '53' }` or `"region:53"`. Default: the group's view. */
  within?: View['within'] | string
  /** Caption. Default « Comparaison des indicateurs », then the area shown. */
  title?: string
  /** Line under the caption. Default none. */
  subtitle?: string
  /** Selection group shared with other widgets. Default: a store of its own. */
  store?: SelectionStore
  /** Optional columns per indicator (`rank`, `gap`). Default none. */
  columns?: readonly ExtraColumn[]
  /**
   * Reference row pinned at the top and base of the gaps: `france` (France entière), `parent` (the area
   * shown: the region of its départements…, France entière when none), both pooled from a ratio's parts,
   * or given as `{ name, values }`. Default none.
   */
  reference?: Reference | ReferenceKind
  /** Name filter box. Default true. */
  filterBox?: boolean
  /** A CSV download of exactly what is shown (filtered, sorted, extra columns). Default true. */
  download?: boolean
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: (file: { format: ExportFormat; filename: string; blob: Blob }) => void
  /** Prefix of the element ids. Default `atlas-table`. */
  id?: string
  /** Called once the rows are rendered. */
  onReady?: () => void
}

/** Every prop is an option of {@link tableSpec} and every option a prop (a type error otherwise). */
export type PropsAreOptions = Expect<SameOptions<ComparisonTableProps, typeof tableSpec>>

/** The props once checked: defaults applied; `followView`: no `within` given, the group's view decides. */
export type TableOptions = Values<typeof tableSpec> & { followView: boolean }

/** Checks the props once, at the entry, through {@link tableSpec}; throws `invalid <name>: <value>`. */
export function checkTableOptions(props: ComparisonTableProps): TableOptions {
  const options = checkSpec(tableSpec, props as unknown as Record<string, unknown>)
  const level = options.tables[0]!.level
  const other = options.tables.find((t) => t.level !== level)
  if (other) invalid('tables', other.indicator.label, `every table must be of level ${level}, not ${other.level}`)
  return { ...options, followView: props.within === undefined }
}

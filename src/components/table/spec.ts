import type { IndicatorTable } from '../../core/indicator-table.js'
import { boolean, fn, invalid, oneOf, string } from '../../core/options.js'
import { option, propOnly } from '../../core/spec/spec.js'
import type { ExportFormat } from '../shared/export/ExportToolbar.js'
import { widgetSpec } from '../../core/spec/widget.js'
import { storeOption } from '../shared/tables.js'
import { LEVELS } from '../../core/types.js'
import type { Reference } from './compute.js'
import { defaults, EXTRA_COLUMNS, REFERENCE_KINDS, type ExtraColumn, type ReferenceKind } from './defaults.js'

/** `['rank', 'gap']`, or the attribute `"rank, gap"`: each at most once. */
function extraColumns(name: string, v: unknown): readonly ExtraColumn[] {
  if (v === undefined || v === null) return defaults.columns
  const items = typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : v
  const hint = ['expected a list of {0}', EXTRA_COLUMNS.join(', ')] as const
  if (!Array.isArray(items) || items.some((c) => !EXTRA_COLUMNS.includes(c)) || new Set(items).size !== items.length) return invalid(name, v, hint)
  return items as ExtraColumn[]
}

/** `france`, `parent` (the attribute's values), or `{ name, values }`: one number (or `null`) per indicator. */
function reference(name: string, v: unknown): Reference | ReferenceKind | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return oneOf(name, v, REFERENCE_KINDS)
  const r = v as Partial<Reference>
  if (typeof v !== 'object' || typeof r.name !== 'string' || !Array.isArray(r.values) || r.values.some((x) => x !== null && !Number.isFinite(x))) invalid(name, v, 'expected { name, values }')
  return v as Reference
}

/**
 * The options of {@link ComparisonTable} and the attributes of `<atlas-table>`: one parser each,
 * the defaults from {@link defaults}. The tables' shared level is checked after, by `checkTableOptions`.
 */
export const tableSpec = {
  tables: propOnly((name, v): readonly IndicatorTable[] => {
    if (!Array.isArray(v) || v.length === 0 || v.some((t) => !t || typeof t.get !== 'function' || !LEVELS.includes(t.level))) invalid(name, v, 'expected a list of IndicatorTable')
    return v as readonly IndicatorTable[]
  }),
  ...widgetSpec,
  store: storeOption,
  columns: option(extraColumns),
  reference: option(reference),
  filterBox: option((name, v) => boolean(name, v, defaults.filterBox)!),
  download: option((name, v) => boolean(name, v, defaults.download)!),
  onExport: propOnly(fn<(file: { format: ExportFormat; filename: string; blob: Blob }) => void>),
  id: propOnly((name, v) => string(name, v, defaults.id)!),
  onReady: propOnly(fn<() => void>),
}

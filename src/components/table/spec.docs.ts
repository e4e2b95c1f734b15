import type { SpecDocs } from '../../core/spec/spec.js'
import { widgetDocs } from '../../core/spec/widget.docs.js'
import { EXTRA_COLUMNS, REFERENCE_KINDS } from './defaults.js'
import type { tableSpec } from './spec.js'

/** Reference lines of {@link tableSpec} (kept out of the bundles). */
export const tableDocs: SpecDocs<typeof tableSpec> = {
  tables: { type: 'IndicatorTable[]', default: 'required', doc: 'The indicators, one column each, all of the same level.' },
  ...widgetDocs,
  title: { type: 'string', default: '« Comparaison des indicateurs »', doc: 'Caption of the table, followed by the area shown.' },
  subtitle: { type: 'string', default: 'none', doc: 'Line under the caption.' },
  within: { ...widgetDocs.within, default: 'the group’s view (France entière alone)' },
  store: { type: 'SelectionStore', default: 'a store of the table’s own', doc: 'Shared selection and view; the embed’s `group` attribute sets it.' },
  columns: { type: `(${EXTRA_COLUMNS.map((c) => `'${c}'`).join(' | ')})[]`, values: 'attribute: `"rank, gap"`', doc: 'Optional columns per indicator: rank within the view, gap to the reference.' },
  reference: {
    type: `${REFERENCE_KINDS.map((c) => `'${c}'`).join(' | ')} | { name: string; values: (number | null)[] }`,
    values: 'attribute: `france` or `parent`',
    default: 'none',
    doc: 'Reference row pinned at the top, base of the gaps: France entière, or the area shown (France entière when none), pooled from each ratio’s parts (« non disponible » for a count, or when a territory of the area has no value); or given.',
  },
  filterBox: { type: 'boolean', doc: 'Box filtering the rows by name (accents and case ignored).' },
  download: { type: 'boolean', doc: 'A CSV download of exactly what is shown: rows filtered and sorted, extra columns, French or English dialect.' },
  onExport: { type: '(file: { format, filename, blob }) => void', default: 'the browser download', doc: 'Receives each file instead of the download (tests, hosts that upload).' },
  id: { type: 'string', doc: 'Prefix of the element ids (unique in the page).' },
  onReady: { type: '() => void', doc: 'Called once the rows are rendered.' },
}

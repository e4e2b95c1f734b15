import { useComputed } from '@preact/signals'
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { createSelectionStore, type SelectionStore, type View } from '../../core/selection.js'
import { areaName } from '../map/view.js'
import { DataTable, type DataColumn } from '../shared/DataTable.js'
import { nextSort, type SortState } from '../shared/sort.js'
import { adoptCss } from '../shared/styles.js'
import { computeComparison, type ComparisonCell, type ComparisonRow, type Reference } from './compute.js'
import { defaults, type ExtraColumn } from './defaults.js'
import { tableCss } from './styles.js'
import { TEXTS } from './texts.js'

/** Props of {@link ComparisonTable}. */
export interface ComparisonTableProps {
  /** The indicators, one column each, all of the same level. Required. */
  tables: readonly IndicatorTable[]
  /** Selection group shared with other widgets. Default: a store of its own. */
  store?: SelectionStore
  /** View shown; default the store's view (its level is replaced by the tables'). */
  view?: View
  /** Default `fr`. */
  lang?: Lang
  /** Optional columns per indicator (`rank`, `gap`). Default none. */
  columns?: readonly ExtraColumn[]
  /** Reference row pinned at the top (France entière, the parent territory) and base of the gaps. Default none. */
  reference?: Reference
  /** Name filter box. Default true. */
  filterBox?: boolean
  /** Id prefix of the elements. Default `atlas-table`. */
  id?: string
  /** Called once the rows are rendered. */
  onReady?: () => void
}

/**
 * Several indicators side by side for the territories of the current view: units in the headers,
 * French numbers, missing values by reason, sortable columns (missing last), a name filter whose
 * result count is announced, optional rank and gap columns, mini bars, a pinned reference row, and
 * the group's selection highlighted (click or Enter selects for the group).
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const lang = props.lang ?? defaults.lang
  const t = TEXTS[lang]
  const columnsWanted = props.columns ?? defaults.columns
  const filterBox = props.filterBox ?? defaults.filterBox
  const own = useMemo(() => createSelectionStore(), [])
  const store = props.store ?? own
  const storeView = useComputed(() => store.view.value)
  const view = props.view ?? storeView.value
  const selected = store.selected.value
  const [sort, setSort] = useState<SortState>(defaults.sort)
  const [filter, setFilter] = useState('')
  const id = (props.id ?? 'atlas-table').replace(/[^A-Za-z0-9_-]/g, '-')
  const root = useRef<HTMLDivElement>(null)

  const model = useMemo(
    () => computeComparison(props.tables, { view, lang, columns: columnsWanted, sort, filter, reference: props.reference }),
    [props.tables, view.level, view.within?.code, lang, String(columnsWanted), sort, filter, props.reference],
  )

  useLayoutEffect(() => {
    if (root.current) adoptCss(root.current, tableCss)
  }, [])
  const ready = useRef(false)
  useLayoutEffect(() => {
    if (ready.current) return
    ready.current = true
    props.onReady?.()
  })

  const columns: DataColumn<ComparisonRow>[] = [{ key: 'name', label: t.territory, rowHeader: true, sortable: true, cell: (r) => r.name }]
  props.tables.forEach((table, k) => {
    const unit = table.indicator.unit
    columns.push({
      key: `v${k}`,
      label: unit ? `${table.indicator.label} (${unit})` : table.indicator.label,
      sortable: true,
      cellClass: (r) => (r.cells[k]!.status === 'ok' ? 'atlas-num' : undefined),
      cell: (r) => <Value cell={r.cells[k]!} />,
    })
    if (columnsWanted.includes('rank')) columns.push({ key: `r${k}`, label: `${t.rank} — ${table.indicator.label}`, cell: (r) => r.cells[k]!.rankText, cellClass: () => 'atlas-num' })
    if (columnsWanted.includes('gap') && props.reference)
      columns.push({ key: `g${k}`, label: `${t.gap(model.gapUnits[k]!)} — ${table.indicator.label}`, cell: (r) => r.cells[k]!.gapText, cellClass: () => 'atlas-num' })
  })

  const area = areaName({ ...view, level: props.tables[0]!.level }, lang)
  return (
    <div class="atlas-cmp" ref={root} data-ready="true">
      {filterBox && (
        <div class="atlas-cmp__filter">
          <label for={`${id}-filter`}>{t.filter}</label>
          <input id={`${id}-filter`} type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} aria-describedby={`${id}-count`} />
          <span id={`${id}-count`} role="status" aria-live="polite">
            {t.rows(model.rows.length)}
          </span>
        </div>
      )}
      <DataTable
        id={`${id}-grid`}
        caption={t.caption(area)}
        columns={columns}
        rows={model.rows}
        rowKey={(r) => r.code}
        pinned={model.reference ? [model.reference] : undefined}
        rowClass={(r) => (r.code === 'reference' ? 'atlas-cmp__ref' : undefined)}
        selected={selected}
        sort={sort}
        onSort={(key) => setSort(nextSort(sort, key, key !== 'name'))}
        onActivate={(r) => (store.selected.value = r.code)}
        region
      />
    </div>
  )
}

/** A value with its mini bar (a drawn box, hidden from assistive technologies: the number says it). */
function Value(props: { cell: ComparisonCell }) {
  const { cell } = props
  if (!cell.bar) return <>{cell.text}</>
  return (
    <>
      {cell.text}
      <span class="atlas-cmp__bar" aria-hidden="true">
        <span class={cell.bar.negative ? 'atlas-cmp__neg' : undefined} style={{ left: `${cell.bar.left}%`, width: `${cell.bar.width}%` }} />
      </span>
    </>
  )
}

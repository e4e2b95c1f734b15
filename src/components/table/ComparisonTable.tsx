import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { createSelectionStore } from '../../core/selection.js'
import { withUnit } from '../../core/text/rules.js'
import { TABLE_TEXTS } from '../../core/text/comparison.js'
import { UnknownCodes } from '../shared/UnknownCodes.js'
import { areaName, checkWithin, type View } from '../../core/view.js'
import { DataTable, type DataColumn } from '../shared/DataTable.js'
import { nextSort, type SortState } from '../shared/sort.js'
import { adoptCss } from '../shared/styles.js'
import { useValue } from '../shared/use-value.js'
import { arrangeRows, comparisonRows, rowCount, type ComparisonCell, type ComparisonModel, type ComparisonRow } from './compute.js'
import { defaults } from './defaults.js'
import { TableExportToolbar } from './export/TableExportToolbar.js'
import { checkTableOptions, type ComparisonTableProps } from './options.js'
import { tableCss } from './styles.js'

/**
 * Several indicators side by side for the territories of the current view: units in the headers,
 * French numbers, missing values by reason, sortable columns (missing last), a name filter whose
 * result count is announced, optional rank and gap columns, mini bars, a pinned reference row, and
 * the group's selection highlighted (click or Enter selects for the group).
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const o = checkTableOptions(props)
  const { lang, tables } = o
  const t = TABLE_TEXTS[lang]
  const own = useMemo(() => createSelectionStore(), [])
  const store = o.store ?? own
  const level = tables[0]!.level
  const viewOfStore = useValue(store.view)
  const view: View = { level, within: o.followView ? followed(viewOfStore, level) : checkWithin(level, o.within) }
  const selected = useValue(store.selected)
  const [sort, setSort] = useState<SortState>(defaults.sort)
  const [filter, setFilter] = useState('')
  const id = o.id.replace(/[^A-Za-z0-9_-]/g, '-')
  const root = useRef<HTMLDivElement>(null)
  // The root's style: the visible width of the table's box, `--atlas-cmp-box: …px` (see below).
  const [boxWidth, setBoxWidth] = useState<string>()

  // Cells are formatted once per view; a sort or a filter only reorders them.
  const computed = useMemo(() => comparisonRows(tables, { view, lang, columns: o.columns, reference: o.reference }), [tables, view.within?.code, lang, String(o.columns), o.reference])
  const model = useMemo((): ComparisonModel => {
    const { all, ...rest } = computed
    return { ...rest, rows: arrangeRows(all, { lang, sort, filter }), total: all.length }
  }, [computed, sort, filter])

  // Once, after the first render (the root is always rendered): the styles, then `onReady`.
  useLayoutEffect(() => {
    const el = root.current!
    adoptCss(el, tableCss)
    o.onReady?.()
    // The caption is as wide as the table, which scrolls sideways in its box on a phone: CSS cannot
    // size it by that box (a container query would stop the box growing with its table in a flex row),
    // so the observer hands the box's visible width to state, and render sets it on the root's style
    // (--atlas-cmp-box, read by the caption in tableCss): no element's style is set outside render.
    const box = el.querySelector<HTMLElement>('.atlas-table-wrap')
    if (!box || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setBoxWidth(`--atlas-cmp-box:${box.clientWidth}px`))
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  const columns: DataColumn<ComparisonRow>[] = [{ key: 'name', label: t.territory, rowHeader: true, sortable: true, cell: (r) => r.name }]
  tables.forEach((table, k) => {
    const { label, unit } = table.indicator
    columns.push({
      key: `v${k}`,
      label: withUnit(label, unit),
      sortable: true,
      cellClass: (r) => (r.cells[k]!.bar ? 'atlas-num' : undefined),
      cell: (r) => <Value cell={r.cells[k]!} />,
    })
    if (o.columns.includes('rank')) columns.push({ key: `r${k}`, label: t.of(t.rank, label), cell: (r) => r.cells[k]!.rankText, cellClass: () => 'atlas-num' })
    if (o.columns.includes('gap') && model.reference) columns.push({ key: `g${k}`, label: t.of(t.gap[model.gapUnits[k]!], label), cell: (r) => r.cells[k]!.gapText, cellClass: () => 'atlas-num' })
  })

  const caption = `${o.title ?? t.title} — ${areaName(view, lang)}`
  return (
    <div class="atlas-cmp" ref={root} data-ready="true" style={boxWidth}>
      {o.subtitle && <p class="atlas-cmp__subtitle">{o.subtitle}</p>}
      {o.filterBox && (
        <div class="atlas-cmp__filter">
          <label for={`${id}-filter`}>{t.filter}</label>
          <input id={`${id}-filter`} type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} aria-describedby={`${id}-count`} />
          <span id={`${id}-count`} role="status" aria-live="polite">
            {rowCount(model.rows.length, level, lang)}
          </span>
        </div>
      )}
      <DataTable
        id={`${id}-grid`}
        caption={caption}
        columns={columns}
        rows={model.rows}
        rowKey={(r) => r.code}
        pinned={model.reference ? [model.reference] : undefined}
        rowClass={(r) => (r === model.reference ? 'atlas-cmp__ref' : undefined)}
        selected={selected}
        sort={sort}
        onSort={(key) => setSort(nextSort(sort, key, key !== 'name'))}
        onActivate={(r) => (store.selected.value = r.code)}
        region
      />
      <UnknownCodes class="atlas-cmp__unknown" codes={[...new Set(tables.flatMap((t) => t.report.unknownCodes))]} view={view} lang={lang} />
      {o.download && <TableExportToolbar idPrefix={id} view={view} model={model} tables={tables} columns={o.columns} lang={lang} onExport={o.onExport} />}
    </div>
  )
}

/** The group's area when the table's level can be shown in it (a map drilled to communes leaves a département table on France entière). */
function followed(view: View, level: View['level']): View['within'] {
  try {
    return checkWithin(level, view.within)
  } catch {
    return null
  }
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

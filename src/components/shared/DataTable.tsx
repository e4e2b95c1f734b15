import type { ComponentChildren } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { dataTableCss } from './data-table.css.js'
import type { SortState } from './sort.js'
import { adoptCss } from './styles.js'
import { keyTarget, scrollToRow, VIRTUAL_DEFAULTS, virtualWindow } from './virtual-window.js'

/** One column of a {@link DataTable}. */
export interface DataColumn<Row> {
  /** Stable key: sort state, React keys. */
  readonly key: string
  /** Header content (text, or text with a unit). */
  readonly label: ComponentChildren
  /** Cell content of a row. */
  cell(row: Row): ComponentChildren
  /** The cell is the row's header (`th scope="row"`). Default false. */
  readonly rowHeader?: boolean
  /** Class of a cell (e.g. `atlas-num` for right-aligned figures), per row. Default none. */
  readonly cellClass?: (row: Row) => string | undefined
  /** The header holds a sort button (when the table has `onSort`). Default false. */
  readonly sortable?: boolean
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Id of the wrapper; the caption gets `${id}-caption`. Required: ids are never random. */
  readonly id: string
  readonly caption: ComponentChildren
  readonly columns: readonly DataColumn<Row>[]
  /** Rows in display order (sort and filter happen before, in the widget's compute step). */
  readonly rows: readonly Row[]
  readonly rowKey: (row: Row) => string
  /**
   * Rows kept above the others whatever the sort or scroll (a reference row), in a
   * `tbody.atlas-table__pinned` whose `--atlas-table-head` is the header's height: the widget's CSS
   * makes them sticky (the comparison table's does). Default none.
   */
  readonly pinned?: readonly Row[]
  /** Key of the row marked `aria-current` (the group's selection); scrolled into view when it changes. */
  readonly selected?: string | null
  /** Current sort, shown by `aria-sort`. Default none. */
  readonly sort?: SortState
  /** Called by a sortable column's button; without it headers hold no button. */
  readonly onSort?: (key: string) => void
  /** Click or Enter on a row. With it, rows are focusable even when not virtualised. */
  readonly onActivate?: (row: Row) => void
  /** Wrapper is a focusable region labelled by the caption (for horizontal scrolling). Default false (true when virtualised). */
  readonly region?: boolean
  /** Class of a row. Default none. */
  readonly rowClass?: (row: Row) => string | undefined
}

const sortMark = { ascending: '▲', descending: '▼' } as const

/**
 * An accessible data table: caption, column headers with optional sort buttons (`aria-sort`),
 * row headers, the selected row `aria-current`. Above `virtualAbove` rows it is virtualised: only
 * the rows in view (plus an overscan) are in the DOM, the table declares `aria-rowcount` and each
 * row its `aria-rowindex`, and one row at a time is focusable (arrows, Page Up/Down, Home/End move
 * it and scroll it into view; Enter activates it).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const o = VIRTUAL_DEFAULTS
  const { rows, columns, rowKey } = props
  const pinned = props.pinned ?? []
  const virtual = rows.length > o.virtualAbove
  const navigable = virtual || props.onActivate !== undefined
  const wrap = useRef<HTMLDivElement>(null)
  const body = useRef<HTMLTableSectionElement>(null)
  const rowAt = (index: number) => body.current!.querySelector<HTMLElement>(`[data-index="${index}"]`)
  const [scrollTop, setScrollTop] = useState(0)
  // Offsets in the scrolled content: `top` of the first data row (below caption, header, pinned rows),
  // `covered` by the sticky header and pinned rows at the top of the viewport.
  // Until the first layout measures them (before the first paint): the default row and viewport.
  const [measure, setMeasure] = useState({ rowHeight: o.rowHeight, viewport: o.viewport, top: 0, head: 0, covered: 0 })
  const [active, setActiveState] = useState(0)
  // The latest active row, ahead of rendering: keys pressed faster than renders still add up.
  const latest = useRef(0)
  const setActive = (i: number) => {
    latest.current = i
    setActiveState(i)
  }
  const refocus = useRef(false)
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1))
  const windowAt = (top: number) =>
    virtual ? virtualWindow(rows.length, top - measure.top, measure.viewport, measure.rowHeight, o) : { start: 0, end: rows.length }
  const win = windowAt(scrollTop)

  // The table's rules (before the widget's own, adopted by the widget), in the document or shadow root the table is drawn in.
  useLayoutEffect(() => adoptCss(wrap.current!, dataTableCss), [])

  // Sizes are read after layout; a state update only when they changed, so this settles in one pass.
  useLayoutEffect(() => {
    const el = wrap.current!
    const head = el.querySelector('thead')!.offsetHeight
    const next = {
      rowHeight: el.querySelector('[data-index]')?.getBoundingClientRect().height || measure.rowHeight,
      viewport: el.clientHeight || measure.viewport,
      // The rows' tbody starts where row 0 is (the top spacer stands for the rows above the window).
      top: offset(el, body.current!),
      head,
      covered: head + (el.querySelector<HTMLElement>('.atlas-table__pinned')?.offsetHeight ?? 0),
    }
    // Rows may differ by a fraction of a pixel, the other sizes are whole pixels (the rows' top up to a scroll's fraction).
    if ((Object.keys(next) as (keyof typeof next)[]).some((k) => Math.abs(next[k] - measure[k]) >= (k === 'rowHeight' ? 0.01 : 1))) setMeasure(next)
  })

  // Scrolls the wrapper only (never the page): a selection made on a map must not move the page away
  // from it. A row outside the window is first reached by its estimated offset, then placed exactly
  // once rendered (rows may be a fraction of a pixel off the measured height).
  // Placing again after each render until the row stays put: the window moved by the first scroll
  // changes the rows drawn above it, and sizes measured meanwhile change the estimate of a row not drawn.
  const reveal = useRef<{ index: number; tries: number } | null>(null)
  /** Scrolls row `index` into view; true when it is drawn and already in place. */
  const place = (index: number): boolean => {
    const el = wrap.current!
    if (el.scrollHeight <= el.clientHeight) return true
    const tr = rowAt(index)
    const rowTop = tr ? offset(el, tr) : measure.top + index * measure.rowHeight
    const top = scrollToRow(rowTop, tr?.getBoundingClientRect().height ?? measure.rowHeight, el.scrollTop, el.clientHeight, measure.covered)
    if (Math.abs(top - el.scrollTop) < 1) return tr !== null
    el.scrollTop = top
    setScrollTop(el.scrollTop)
    return false
  }
  const goTo = (index: number, focus: boolean) => {
    setActive(index)
    refocus.current = focus
    reveal.current = { index, tries: 0 }
    place(index)
  }
  // After the render that a key, a scroll or a selection asked for: keyboard focus follows the active
  // row, then the row being revealed is placed again.
  useLayoutEffect(() => {
    if (refocus.current) {
      refocus.current = false
      rowAt(activeIndex)?.focus({ preventScroll: true })
    }
    const r = reveal.current
    if (r && (place(r.index) || ++r.tries >= 4)) reveal.current = null
  })

  // The group's selection made elsewhere is brought into view (not focused: focus stays where the user is).
  const selectedIndex = props.selected == null ? -1 : rows.findIndex((r) => rowKey(r) === props.selected)
  useEffect(() => {
    if (selectedIndex >= 0) goTo(selectedIndex, false)
  }, [props.selected, selectedIndex])

  // A scroll event may come after the table left the DOM: the element is the event's, not the ref's.
  const onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement
    setScrollTop(el.scrollTop)
    // A mouse scroll must not unmount the focused row: the active row moves into the new window.
    const w = windowAt(el.scrollTop)
    if (activeIndex < w.start || activeIndex >= w.end) {
      const focused = el.ownerDocument.activeElement
      refocus.current = focused?.tagName === 'TR' && el.contains(focused)
      setActive(Math.min(Math.max(activeIndex, w.start), w.end - 1))
    }
  }

  // A row focused by a click, Tab or a script becomes the active one.
  const onFocusIn = (e: FocusEvent) => {
    const index = (e.target as HTMLElement).dataset?.index
    if (index !== undefined && Number(index) !== latest.current) setActive(Number(index))
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const tr = (e.target as Element).closest?.('tr[data-index]')
    if (!tr || e.altKey || e.ctrlKey || e.metaKey) return
    const index = Math.min(latest.current, rows.length - 1)
    if ((e.key === 'Enter' || e.key === ' ') && props.onActivate) {
      e.preventDefault()
      props.onActivate(rows[index]!)
      return
    }
    // At least one row (keyTarget's floor).
    const page = Math.floor((measure.viewport - measure.covered) / measure.rowHeight) - 1
    const next = keyTarget(e.key, index, rows.length, page)
    if (next === undefined) return
    e.preventDefault()
    goTo(next, true)
  }

  const headerRows = 1 + pinned.length
  const renderRow = (row: Row, index: number | undefined) => {
    const key = rowKey(row)
    const focusable = navigable && index !== undefined
    // A focused row has no name of its own in Chromium: it is named by its cells.
    // By place (ids need only be unique in the page): the row's index, the column's.
    const cellId = (_: DataColumn<Row>, k: number) => (focusable ? `${props.id}-${index}-${k}` : undefined)
    return (
      <tr
        key={key}
        data-index={index}
        aria-rowindex={virtual && index !== undefined ? headerRows + index + 1 : undefined}
        aria-current={key === props.selected ? 'true' : undefined}
        tabIndex={focusable ? (index === activeIndex ? 0 : -1) : undefined}
        class={props.rowClass?.(row)}
        aria-labelledby={focusable ? columns.map(cellId).join(' ') : undefined}
        onClick={props.onActivate && index !== undefined ? () => { setActive(index); props.onActivate!(row) } : undefined}
      >
        {columns.map((c, k) => {
          const cls = c.cellClass?.(row)
          const id = cellId(c, k)
          return c.rowHeader ? <th key={c.key} id={id} scope="row" class={cls}>{c.cell(row)}</th> : <td key={c.key} id={id} class={cls}>{c.cell(row)}</td>
        })}
      </tr>
    )
  }

  /** Holds the height of `count` rows not rendered, so the scrollbar spans all of them. */
  const spacer = (count: number) =>
    // Style object: set through the CSSOM, allowed under `style-src 'self'` (a style attribute is not);
    // inline, it beats every sheet's padding and border of the cells.
    count > 0 && (
      <tr aria-hidden="true">
        <td colSpan={columns.length} style={{ height: `${count * measure.rowHeight}px`, padding: 0, border: 0 }} />
      </tr>
    )

  const region = props.region || virtual
  const captionId = `${props.id}-caption`
  return (
    <div
      ref={wrap}
      id={props.id}
      class={virtual ? 'atlas-table-wrap atlas-table-wrap--virtual' : 'atlas-table-wrap'}
      role={region ? 'region' : undefined}
      aria-labelledby={region ? captionId : undefined}
      tabIndex={region && !navigable ? 0 : undefined}
      onScroll={virtual ? onScroll : undefined}
    >
      <table class="atlas-table" aria-rowcount={virtual ? headerRows + rows.length : undefined}>
        <caption id={region ? captionId : undefined}>{props.caption}</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {columns.map((c) => {
              const sorted = props.sort?.key === c.key ? props.sort.direction : undefined
              const button = c.sortable && props.onSort
              return (
                <th key={c.key} scope="col" aria-sort={button ? (sorted ?? 'none') : undefined}>
                  {button ? (
                    <button type="button" onClick={() => props.onSort!(c.key)}>
                      {c.label}
                      <span aria-hidden="true">{sorted ? sortMark[sorted] : '▲▼'}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        {pinned.length > 0 && (
          // Sticky under the header: its offset is the header's measured height, set through the CSSOM.
          <tbody class="atlas-table__pinned" style={{ '--atlas-table-head': `${measure.head}px` }}>
            {pinned.map((r) => renderRow(r, undefined))}
          </tbody>
        )}
        <tbody ref={body} class="atlas-table__rows" onKeyDown={navigable ? onKeyDown : undefined} onFocusIn={navigable ? onFocusIn : undefined}>
          {spacer(win.start)}
          {rows.slice(win.start, win.end).map((r, i) => renderRow(r, win.start + i))}
          {spacer(rows.length - win.end)}
        </tbody>
      </table>
    </div>
  )
}

/** Offset of `node`'s top in the scrolled content of `el`. */
function offset(el: HTMLElement, node: Element): number {
  return node.getBoundingClientRect().top - el.getBoundingClientRect().top - el.clientTop + el.scrollTop
}

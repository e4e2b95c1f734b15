/** Tunables of the virtualised {@link DataTable}. */
export interface VirtualDefaults {
  /** Rows up to this count are all rendered (a plain table: screen readers browse it natively). Default 200. */
  readonly virtualAbove: number
  /** Rows rendered beyond each edge of the visible part, so a fast scroll shows no gap. Default 10. */
  readonly overscan: number
  /** Row height in CSS px until a rendered row is measured. Default 32. */
  readonly rowHeight: number
  /** Height of the scrolled part in CSS px until it is measured. Default 384 (the CSS's 24rem). */
  readonly viewport: number
  /** Ceiling of data rows in the DOM whatever the viewport. Default 90. */
  readonly maxRows: number
}

export const VIRTUAL_DEFAULTS: VirtualDefaults = { virtualAbove: 200, overscan: 10, rowHeight: 32, viewport: 384, maxRows: 90 }

/** Half-open range `[start, end)` of the rows to render. */
export interface RowWindow {
  readonly start: number
  readonly end: number
}

/**
 * The rows to render for a scroll position: the visible ones plus `overscan` on each side, never
 * more than `maxRows`. `scrollTop` is measured from the first data row.
 */
export function virtualWindow(
  count: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  options: Pick<VirtualDefaults, 'overscan' | 'maxRows'> = VIRTUAL_DEFAULTS,
): RowWindow {
  // No row: first is -1, the window empty.
  const first = Math.min(count - 1, Math.max(0, Math.floor(scrollTop / rowHeight)))
  const last = Math.min(count, Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight))
  const start = Math.max(0, first - options.overscan)
  const end = Math.min(count, Math.max(last, first + 1) + options.overscan, start + options.maxRows)
  return { start, end }
}

/** The row index a navigation key leads to from `index`, or `undefined` for other keys. */
export function keyTarget(key: string, index: number, count: number, pageRows: number): number | undefined {
  const page = Math.max(1, pageRows)
  const next = ({ ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: count - 1 } as Record<string, number | undefined>)[key]
  return next === undefined ? undefined : Math.min(count - 1, Math.max(0, next))
}

/**
 * The scroll position that brings a row fully into view, moving as little as possible; `scrollTop`
 * unchanged when it is already visible. `rowTop` is the row's offset in the scrolled content,
 * `covered` the height of the sticky header (and pinned rows) over the top of the viewport.
 */
export function scrollToRow(rowTop: number, rowHeight: number, scrollTop: number, viewport: number, covered: number): number {
  if (rowTop < scrollTop + covered) return Math.max(0, rowTop - covered)
  if (rowTop + rowHeight > scrollTop + viewport) return rowTop + rowHeight - viewport
  return scrollTop
}

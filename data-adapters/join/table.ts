import type { Row } from '../options.js'

/**
 * The rows the join reads, by column: a CSV gives its column arrays as they were parsed (no object per
 * row); rows from JSON or an API are read one column at a time. Rows as objects are built only for a
 * caller's function of the row (`value`, `per`).
 */
export interface RowTable {
  readonly columns: readonly string[]
  readonly length: number
  /** The cells of one column (a column of the header), by row index. */
  column(name: string): readonly unknown[]
  /** Row `i` as an object (for value and denominator functions). */
  row(i: number): Row
}

/** Rows as objects → table; columns are read from the rows on first use. */
export function tableOfRows(columns: readonly string[], rows: readonly Row[]): RowTable {
  const cache = new Map<string, unknown[]>()
  return {
    columns,
    length: rows.length,
    column(name) {
      let cells = cache.get(name)
      if (!cells) {
        cells = new Array(rows.length)
        for (let i = 0; i < rows.length; i++) cells[i] = rows[i]![name]
        cache.set(name, cells)
      }
      return cells
    },
    row: (i) => rows[i]!,
  }
}

/**
 * Column arrays → table; rows as objects are built, all at once, only if a function asks for one
 * (the join asks only when `value` or `per` is a function, and the CSV reader then reads every column).
 */
export function tableOfColumns(columns: readonly string[], cells: readonly (readonly unknown[])[], length: number): RowTable {
  let rows: Row[] | undefined
  return {
    columns,
    length,
    column: (name) => cells[columns.indexOf(name)]!,
    row: (i) => (rows ??= rowsOf(columns, cells, length))[i]!,
  }
}

/** Column arrays → one record per row, keyed by the column names in order. */
export function rowsOf(columns: readonly string[], cells: readonly (readonly unknown[])[], length: number): Row[] {
  const rows: Row[] = new Array(length)
  const width = columns.length
  for (let r = 0; r < length; r++) {
    const row: Record<string, unknown> = {}
    for (let k = 0; k < width; k++) row[columns[k]!] = cells[k]![r]
    rows[r] = row as Row
  }
  return rows
}

import type { Row } from '../options.js'
import { DataError } from '../errors.js'
import { rowsOf } from '../join/table.js'
import { inSlices } from '../slices.js'
import { scanColumns, type Columns, type ColumnScan } from './records.js'
import { sniffDelimiter, type Delimiter } from './sniff.js'
import { stripBom, type Pieces } from './pieces.js'

/** A parsed CSV: header, rows as records of raw strings, and each row's line number. */
export interface ParsedCsv {
  columns: string[]
  rows: Row[]
  /** Line where each row starts (the header is line 1, unless blank lines precede it). */
  lines: number[]
  delimiter: Delimiter
}

/** A parsed CSV by column: `cells[k][r]` is column `k` of row `r` (what the join reads, without row objects). */
export interface ColumnarCsv {
  columns: string[]
  /** Cells by column; empty for a column not in `read`. */
  cells: string[][]
  /** Number of data rows. */
  length: number
  lines: number[]
  delimiter: Delimiter
}

/**
 * CSV text → columns. Delimiter sniffed unless given; header names trimmed and unique; every row must
 * have the header's number of fields (a ragged row is an error with its line number). Cells stay raw
 * strings: numbers, missing markers and codes are read by the join, which knows each column's role.
 * `read`: the only columns whose cells are wanted (the others are checked but left empty). Default: all.
 */
export function parseCsvColumns(input: string, source: string, delimiter?: Delimiter, read?: readonly string[]): ColumnarCsv {
  const { d, scan } = startScan(input, source, delimiter, read)
  return checked(scan()!, d, source)
}

/**
 * {@link parseCsvColumns} on a text given in pieces (a file's bytes decoded 256 KB at a time, see
 * pieces.ts), in slices of about `sliceMs` (default 40 ms) that give the page the main thread in
 * between, so that a large file neither freezes the page nor ignores `signal`: an abort before the
 * first slice or between two rejects with the signal's reason. `size`: about the text's length (the
 * file's bytes).
 */
export async function parseCsvColumnsInSlices(input: string | Pieces, source: string, delimiter?: Delimiter, read?: readonly string[], signal?: AbortSignal, sliceMs?: number, size?: number): Promise<ColumnarCsv> {
  // inSlices looks at the signal after a slice: an abort that came first would wait for the first piece's
  // decoding, the sniffing and a whole slice.
  signal?.throwIfAborted()
  const { d, scan } = startScan(input, source, delimiter, read, size)
  return checked(await inSlices(scan, signal, sliceMs), d, source)
}

function startScan(input: string | Pieces, source: string, delimiter?: Delimiter, read?: readonly string[], size?: number): { d: Delimiter; scan: ColumnScan } {
  const next = typeof input === 'string' ? undefined : input
  // The delimiter is sniffed on the text, or on the first piece (256 KB) of a text in pieces.
  let first = next ? (next() ?? '') : stripBom(input as string)
  // A first piece that ends inside a quoted field (an odd number of quotes) is sniffed with the pieces
  // that close it: cut there, every delimiter would read an unclosed quote.
  for (let odd = !!next && !delimiter && oddQuotes(first), piece; odd && (piece = next!()) !== undefined; odd = odd !== oddQuotes(piece)) first += piece
  const d = delimiter ?? sniffDelimiter(first, source)
  const wanted = read && ((header: readonly string[]): boolean[] => header.map((c) => read.includes(c.trim())))
  return { d, scan: scanColumns(first, next, d, source, wanted, Infinity, size) }
}

function oddQuotes(text: string): boolean {
  let odd = false
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) odd = !odd
  return odd
}

function checked({ header, headerLine, cells, lines, ragged }: Columns, d: Delimiter, source: string): ColumnarCsv {
  if (!header) throw new DataError(source, 'empty file: no header row')
  const columns = header.map((c) => c.trim())
  const seen = new Set<string>()
  for (const c of columns) {
    if (seen.has(c)) throw new DataError(source, `duplicate column name ${JSON.stringify(c)} in the header`, { row: headerLine })
    seen.add(c)
  }
  if (ragged) throw new DataError(source, `${ragged.fields} fields where the header has ${columns.length}`, { row: ragged.line })
  return { columns, cells, length: lines.length, lines, delimiter: d }
}

/**
 * CSV text → rows (see {@link parseCsvColumns}): one object per row, keyed by the header's names.
 */
export function parseCsv(input: string, source: string, delimiter?: Delimiter): ParsedCsv {
  const { columns, cells, length, lines, delimiter: d } = parseCsvColumns(input, source, delimiter)
  return { columns, rows: rowsOf(columns, cells, length), lines, delimiter: d }
}

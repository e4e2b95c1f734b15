import { DataError } from '../errors.js'
import type { Pieces } from './pieces.js'

const QUOTE = 34
const CR = 13
const LF = 10

// Where the last quoted field ended, and the line there: the second and third results of `quoted`,
// kept here so that the scanners' loops allocate nothing per field.
let quotedEnd = 0
let quotedLine = 0

/**
 * The reader of a quoted field: the field starting with the quote at `i`
 * (`"a ""b"" c"`, delimiters and line breaks inside). Sets {@link quotedEnd} (the position after the
 * closing quote) and {@link quotedLine}. An unclosed quote is an error naming the line where the field
 * starts, unless `more` text is to come (then `quotedEnd` is -1: read the record again with it); text
 * after the closing quote other than a delimiter or a line break is an error too.
 */
function quoted(text: string, i: number, d: number, source: string, line: number, more: boolean): string {
  let parts = ''
  let j = i + 1
  for (;;) {
    const q = text.indexOf('"', j)
    if (q < 0) {
      if (more) return ((quotedEnd = -1), '')
      throw new DataError(source, 'unclosed quote: the quoted field starting on this line never ends', { row: line })
    }
    parts += text.slice(j, q)
    if (text.charCodeAt(q + 1) !== QUOTE) {
      j = q + 1
      break
    }
    parts += '"'
    j = q + 2
  }
  for (let k = 0; k < parts.length; k++) {
    const c = parts.charCodeAt(k)
    if (c === LF || (c === CR && parts.charCodeAt(k + 1) !== LF)) line++
  }
  const c = text.charCodeAt(j)
  if (j < text.length && c !== d && c !== CR && c !== LF) throw new DataError(source, `unexpected ${JSON.stringify(text[j])} after a closing quote`, { row: line })
  quotedEnd = j
  quotedLine = line
  return parts
}

/** Fields of a delimited text by column: the header, then one array of raw strings per column. */
export interface Columns {
  /** The first record, as written (untrimmed); `undefined` for a text without any record. */
  header: string[] | undefined
  /** Line where the header starts. */
  headerLine: number
  /** `cells[k][r]`: field `k` of data record `r` (the header excluded). */
  cells: string[][]
  /** Line where each data record starts. */
  lines: number[]
  /** The first data record whose field count differs from the header's, if any. */
  ragged: { fields: number; line: number } | undefined
}

/**
 * Splits delimited text into records (RFC 4180 quoting: `"a ""b"" c"`, delimiters and line breaks inside
 * quotes), writing the fields straight into one array per column (no array per record). Any line ending
 * (`\n`, `\r\n`, `\r`); blank lines are skipped. An unclosed quote is an error naming the line where the
 * field starts, as is text after a closing quote; the first record whose field count differs from the
 * header's is returned in `ragged` (the caller reports it after checking the header). Plain string
 * scanning: no eval, no generated code. `wanted`, given the header, says which columns to copy: the
 * others are scanned (quotes, field count) but their fields are not copied, and their arrays stay
 * empty. Stops after `max` data records (the delimiter sniffer reads a sample).
 */
export function splitColumns(text: string, delimiter: string, source: string, wanted?: (header: readonly string[]) => readonly boolean[], max = Infinity): Columns {
  return scanColumns(text, undefined, delimiter, source, wanted, max)()!
}

/**
 * A scan in progress ({@link scanColumns}): each call scans records until the text ends (→ the columns)
 * or until `performance.now()` passes `deadline` (→ `undefined`: call again to go on). Default deadline:
 * none, the whole text at once.
 */
export type ColumnScan = (deadline?: number) => Columns | undefined

// Distinct values a column may have and still be pooled.
const POOLED = 4096

// Records scanned between two looks at the clock: a look costs far more than a record.
const CHECK_EVERY = 256

/**
 * {@link splitColumns} by slices, so that a large file can be read between a page's other tasks, on
 * `text` and the pieces that `next` gives after it, if any: a record that reaches the end of the text
 * read so far is read again once the next piece is there. `size`: about the whole text's length, to
 * size the arrays (default: `text`'s).
 */
export function scanColumns(text: string, next: Pieces | undefined, delimiter: string, source: string, wanted?: (header: readonly string[]) => readonly boolean[], max = Infinity, size?: number): ColumnScan {
  const d = delimiter.charCodeAt(0)
  let n = text.length
  let more = !!next
  let header: string[] | undefined
  let headerLine = 1
  let cells: string[][] = []
  let keep: readonly boolean[] = []
  let width = 0
  let estimate = 0
  // Arrays sized so far (the columns', then the lines'): see the top of the scan's loop.
  let sized = Infinity
  let lines: number[] = []
  let rows = 0
  let ragged: Columns['ragged']
  // One scratch record, reused.
  const fields: string[] = []
  let pools: (Map<string, string> | undefined)[] = []
  let at = 0
  let atLine = 1
  // The text from `from` on, and at least as much again from the next pieces (a record longer than a
  // piece is read again on twice the text, not once per piece).
  const pull = (from: number): void => {
    let add = ''
    do {
      const piece = next!()
      if (piece === undefined) more = false
      else add += piece
    } while (more && add.length < n - from)
    text = text.slice(from) + add
    n = text.length
  }
  return (deadline = Infinity) => {
    // The position in locals while scanning (a closure's variables are slower to reach in a hot loop).
    let i = at
    let line = atLine
    let since = 0
    records: while (rows < max) {
      // Sized after the header: one array at a time, the clock looked at after each (a million-entry
      // array is tens of milliseconds to allocate).
      if (sized <= width) {
        if (sized === width) lines = new Array(estimate)
        else if (keep[sized]) cells[sized] = new Array<string>(estimate)
        sized++
        if (performance.now() > deadline) {
          at = i
          atLine = line
          return undefined
        }
        continue
      }
      if (i >= n) {
        if (!more) break
        pull(i)
        i = 0
        continue
      }
      if (++since === CHECK_EVERY) {
        since = 0
        if (performance.now() > deadline) {
          at = i
          atLine = line
          return undefined
        }
      }
      const start = line
      const from = i
      let count = 0
      let blank = false
      for (;;) {
        let field: string
        if (text.charCodeAt(i) === QUOTE) {
          field = quoted(text, i, d, source, line, more)
          if (quotedEnd < 0) {
            pull(from)
            i = 0
            line = start
            continue records
          }
          if (count === 0) blank = field === ''
          i = quotedEnd
          line = quotedLine
        } else {
          let j = i
          for (; j < n; j++) {
            const c = text.charCodeAt(j)
            if (c === d || c === CR || c === LF) break
          }
          if (count === 0) blank = j === i
          // A column nobody reads is scanned but not copied.
          if (header === undefined) field = text.slice(i, j)
          else if (keep[count] !== true) field = ''
          else {
            field = text.slice(i, j)
            // A column of few values (years, codes, categories) holds one string per value, not per row:
            // far fewer objects for the garbage collector to walk in a large file.
            const pool = pools[count]
            if (pool !== undefined) {
              const same = pool.get(field)
              if (same !== undefined) field = same
              else if (pool.size < POOLED) pool.set(field, field)
              else pools[count] = undefined
            }
          }
          i = j
        }
        fields[count++] = field
        const c = text.charCodeAt(i)
        if (i < n && c === d) {
          i++
          continue
        }
        if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1
        else if (c === LF) i++
        line++
        break
      }
      // A record that reaches the end of the text read so far may go on in the next piece, unless a line
      // feed ended it.
      if (i >= n && more && text.charCodeAt(n - 1) !== LF) {
        pull(from)
        i = 0
        line = start
        continue
      }
      // A blank line: one empty field.
      if (count === 1 && blank) continue
      if (header === undefined) {
        header = fields.slice(0, count)
        headerLine = start
        width = count
        keep = wanted ? wanted(header) : header.map(() => true)
        // Arrays sized once from the line feeds of the first 64 KB (counting them all would be a long
        // task on a large file; growing them, a long copy now and then), filled by index (an array
        // written past its end still grows), trimmed at the end.
        estimate = max < Infinity ? max : lineEstimate(text, size ?? n)
        cells = header.map(() => [])
        sized = 0
        pools = header.map(() => new Map())
        continue
      }
      if (count !== width) ragged ??= { fields: count, line: start }
      for (let k = 0; k < width; k++) if (keep[k]) cells[k]![rows] = k < count ? fields[k]! : ''
      lines[rows++] = start
    }
    at = i
    atLine = line
    for (let k = 0; k < width; k++) if (keep[k]) cells[k]!.length = rows
    lines.length = rows
    return { header, headerLine, cells, lines, ragged }
  }
}

const SAMPLE = 65536

/**
 * About the number of lines of a text of `size` characters starting with `text`: exact up to 64 KB,
 * extrapolated from its first 64 KB beyond. A `text` shorter than 64 KB is a first piece cut before a
 * record longer than the rest of its chunk (pieces.ts): its line feeds are all those of the first 64 KB.
 */
export function lineEstimate(text: string, size: number): number {
  let count = 1
  for (let k = text.indexOf('\n'); k >= 0 && k < SAMPLE; k = text.indexOf('\n', k + 1)) count++
  // Divided by the piece's own length, a header-only piece would count as a file of header lines.
  return size <= SAMPLE ? count : Math.ceil((count * size * 1.05) / SAMPLE)
}

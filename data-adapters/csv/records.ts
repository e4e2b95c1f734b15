import { DataError } from '../errors.js'

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
 * starts; text after the closing quote other than a delimiter or a line break is an error too.
 */
function quoted(text: string, i: number, d: number, source: string, line: number): string {
  let parts = ''
  let j = i + 1
  for (;;) {
    const q = text.indexOf('"', j)
    if (q < 0) throw new DataError(source, 'unclosed quote: the quoted field starting on this line never ends', { row: line })
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
  const d = delimiter.charCodeAt(0)
  const n = text.length
  let header: string[] | undefined
  let headerLine = 1
  let cells: string[][] = []
  let keep: readonly boolean[] = []
  let width = 0
  // Arrays sized once from the number of line feeds (an upper bound of the records; CR-only files grow
  // them as needed), filled by index, trimmed at the end.
  const estimate = max < Infinity ? max : lineFeeds(text) + 1
  const lines: number[] = new Array(estimate)
  let rows = 0
  let ragged: Columns['ragged']
  // One scratch record, reused.
  const fields: string[] = []
  let i = 0
  let line = 1
  while (i < n && rows < max) {
    const start = line
    let count = 0
    let blank = false
    for (;;) {
      let field: string
      if (text.charCodeAt(i) === QUOTE) {
        field = quoted(text, i, d, source, line)
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
        field = header === undefined || keep[count] === true ? text.slice(i, j) : ''
        i = j
      }
      fields[count++] = field
      const c = text.charCodeAt(i)
      if (i < n && c === d) {
        i++
        if (i === n) fields[count++] = ''
        continue
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1
      else if (c === LF) i++
      line++
      break
    }
    // A blank line: one empty field.
    if (count === 1 && blank) continue
    if (header === undefined) {
      header = fields.slice(0, count)
      headerLine = start
      width = count
      keep = wanted ? wanted(header) : header.map(() => true)
      cells = header.map((_, k) => (keep[k] ? new Array<string>(estimate) : []))
      continue
    }
    if (count !== width) ragged ??= { fields: count, line: start }
    for (let k = 0; k < width; k++) if (keep[k]) cells[k]![rows] = k < count ? fields[k]! : ''
    lines[rows++] = start
  }
  for (let k = 0; k < width; k++) if (keep[k]) cells[k]!.length = rows
  lines.length = rows
  return { header, headerLine, cells, lines, ragged }
}

function lineFeeds(text: string): number {
  let count = 0
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++
  return count
}

import { DataError } from '../errors.js'

const QUOTE = 34
const CR = 13
const LF = 10

/** Where a scan is: the next record starts at `at`, on line `line`. */
export interface Cursor {
  at: number
  line: number
  /** Fields to copy, by position; the others are scanned (quotes, field count) but read as `''`. Default: all. */
  keep?: readonly boolean[] | undefined
}

/**
 * The one scanner of delimited text (RFC 4180 quoting: `"a ""b"" c"`, delimiters and line breaks inside
 * quotes; any line ending `\n`, `\r\n`, `\r`; blank lines skipped). From `cursor` on, hands each record
 * to `record(fields, count, line)` — `fields[0 … count - 1]` in one reused array, `line` where the record
 * starts — until `record` returns `true` (the cursor then points after that record) or the text ends
 * (returns `false`). An unclosed quote is an error naming the line where the field starts, as is text
 * after a closing quote. Plain string scanning: no eval, no generated code.
 */
export function scanRecords(text: string, delimiter: string, source: string, cursor: Cursor, record: (fields: string[], count: number, line: number) => boolean | void): boolean {
  const d = delimiter.charCodeAt(0)
  const n = text.length
  const fields: string[] = []
  let i = cursor.at
  let line = cursor.line
  while (i < n) {
    const start = line
    const keep = cursor.keep
    let count = 0
    let blank = false
    for (;;) {
      let field: string
      if (text.charCodeAt(i) === QUOTE) {
        let parts = ''
        let j = i + 1
        for (;;) {
          const q = text.indexOf('"', j)
          if (q < 0) throw new DataError(source, 'unclosed quote: the quoted field starting on this line never ends', { row: line })
          parts += text.slice(j, q)
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += '"'
            j = q + 2
          } else {
            i = q + 1
            break
          }
        }
        for (let k = 0; k < parts.length; k++) {
          const c = parts.charCodeAt(k)
          if (c === LF || (c === CR && parts.charCodeAt(k + 1) !== LF)) line++
        }
        field = parts
        if (count === 0) blank = parts === ''
        const c = text.charCodeAt(i)
        if (i < n && c !== d && c !== CR && c !== LF) throw new DataError(source, `unexpected ${JSON.stringify(text[i])} after a closing quote`, { row: line })
      } else {
        let j = i
        for (; j < n; j++) {
          const c = text.charCodeAt(j)
          if (c === d || c === CR || c === LF) break
        }
        if (count === 0) blank = j === i
        // A column nobody reads is scanned but not copied.
        field = keep === undefined || keep[count] === true ? text.slice(i, j) : ''
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
    if (record(fields, count, start) === true) {
      cursor.at = i
      cursor.line = line
      return true
    }
  }
  cursor.at = i
  cursor.line = line
  return false
}

/** Records of a delimited text, each with the line number where it starts. */
export interface Records {
  records: string[][]
  lines: number[]
}

/** The first `max` records of a text (see {@link scanRecords}), each as its own array. */
export function splitRecords(text: string, delimiter: string, source: string, max = Infinity): Records {
  const records: string[][] = []
  const lines: number[] = []
  if (max > 0)
    scanRecords(text, delimiter, source, { at: 0, line: 1 }, (fields, count, line) => {
      records.push(fields.slice(0, count))
      lines.push(line)
      return records.length >= max
    })
  return { records, lines }
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
 * A whole text by column (see {@link scanRecords}): the fields go straight into one array per column,
 * sized once from the number of line feeds (an upper bound of the records; CR-only files grow them as
 * needed), trimmed at the end. Quote errors are thrown while scanning; a ragged record is returned (the
 * caller reports it after checking the header). `wanted`, given the header, says which columns to
 * copy: the others are scanned but their arrays stay empty.
 */
export function splitColumns(text: string, delimiter: string, source: string, wanted?: (header: readonly string[]) => readonly boolean[]): Columns {
  const estimate = lineFeeds(text) + 1
  const out: Columns = { header: undefined, headerLine: 1, cells: [], lines: new Array(estimate), ragged: undefined }
  const cursor: Cursor = { at: 0, line: 1 }
  let keep: readonly boolean[] = []
  let width = 0
  let rows = 0
  scanRecords(text, delimiter, source, cursor, (fields, count, line) => {
    if (out.header === undefined) {
      out.header = fields.slice(0, count)
      out.headerLine = line
      width = count
      cursor.keep = keep = wanted ? wanted(out.header) : out.header.map(() => true)
      out.cells = out.header.map((_, k) => (keep[k] ? new Array<string>(estimate) : []))
      return
    }
    if (count !== width) out.ragged ??= { fields: count, line }
    for (let k = 0; k < width; k++) if (keep[k]) out.cells[k]![rows] = k < count ? fields[k]! : ''
    out.lines[rows++] = line
  })
  for (let k = 0; k < width; k++) if (keep[k]) out.cells[k]!.length = rows
  out.lines.length = rows
  return out
}

function lineFeeds(text: string): number {
  let count = 0
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++
  return count
}

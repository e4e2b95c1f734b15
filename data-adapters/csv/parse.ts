import type { Row } from '../options.js'
import { DataError } from '../errors.js'
import { splitRecords } from './records.js'
import { sniffDelimiter, type Delimiter } from './sniff.js'
import { stripBom } from './decode.js'

/** A parsed CSV: header, rows as records of raw strings, and each row's line number. */
export interface ParsedCsv {
  columns: string[]
  rows: Row[]
  /** Line where each row starts (the header is line 1, unless blank lines precede it). */
  lines: number[]
  delimiter: Delimiter
}

/**
 * CSV text → rows. Delimiter sniffed unless given; header names trimmed and unique; every row must have
 * the header's number of fields (a ragged row is an error with its line number). Cells stay raw
 * strings: numbers, missing markers and codes are read by the join, which knows each column's role.
 */
export function parseCsv(input: string, source: string, delimiter?: Delimiter): ParsedCsv {
  const text = stripBom(input)
  const d = delimiter ?? sniffDelimiter(text, source)
  const { records, lines } = splitRecords(text, d, source)
  const header = records[0]
  if (!header) throw new DataError(source, 'empty file: no header row')
  const columns = header.map((c) => c.trim())
  const seen = new Set<string>()
  for (const c of columns) {
    if (seen.has(c)) throw new DataError(source, `duplicate column name ${JSON.stringify(c)} in the header`, { row: lines[0]! })
    seen.add(c)
  }
  const width = columns.length
  const rows: Row[] = new Array(records.length - 1)
  for (let r = 1; r < records.length; r++) {
    const fields = records[r]!
    if (fields.length !== width) throw new DataError(source, `${fields.length} fields where the header has ${width}`, { row: lines[r]! })
    const row: Record<string, string> = {}
    for (let k = 0; k < width; k++) row[columns[k]!] = fields[k]!
    rows[r - 1] = row
  }
  return { columns, rows, lines: lines.slice(1), delimiter: d }
}

import { DataError } from '../errors.js'
import { splitRecords } from './records.js'

/** Delimiters French open data uses, in order of preference when several fit. */
export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

const SAMPLE = 20

/**
 * Picks the delimiter that splits the first rows into the same number (> 1) of fields, the most fields
 * winning. When no delimiter gives all first rows the header's count, it is an error showing the counts
 * (typically `12,5` unquoted in a comma-separated file). A text without any delimiter is one column.
 */
export function sniffDelimiter(text: string, source: string): Delimiter {
  let best: { delimiter: Delimiter; fields: number } | undefined
  let disagreement: { delimiter: Delimiter; counts: number[]; lines: number[] } | undefined
  for (const delimiter of DELIMITERS) {
    let sample
    try {
      sample = splitRecords(text, delimiter, source, SAMPLE)
    } catch {
      continue
    }
    const counts = sample.records.map((r) => r.length)
    const header = counts[0] ?? 1
    if (header < 2) continue
    if (counts.every((c) => c === header)) {
      if (!best || header > best.fields) best = { delimiter, fields: header }
    } else if (!disagreement || header > disagreement.counts[0]!) disagreement = { delimiter, counts, lines: sample.lines }
  }
  if (best) return best.delimiter
  if (disagreement) {
    const { delimiter, counts, lines } = disagreement
    const k = counts.findIndex((c) => c !== counts[0])
    throw new DataError(source, `cannot detect the delimiter: with ${JSON.stringify(delimiter)} the header has ${counts[0]} columns but this row has ${counts[k]} (first rows: ${counts.join(', ')})`, { row: lines[k]! })
  }
  return ','
}

import { DataError } from '../errors.js'
import { scanColumns } from './records.js'

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
  let disagreement: { delimiter: Delimiter; fields: number; ragged: { fields: number; line: number } } | undefined
  for (const delimiter of DELIMITERS) {
    let sample
    try {
      sample = scanColumns(text, undefined, delimiter, source, (h) => h.map(() => false), SAMPLE)()!
    } catch {
      continue
    }
    const fields = sample.header?.length ?? 1
    if (fields < 2) continue
    const { ragged } = sample
    if (!ragged) {
      if (!best || fields > best.fields) best = { delimiter, fields }
    } else if (!disagreement || fields > disagreement.fields) disagreement = { delimiter, fields, ragged }
  }
  if (best) return best.delimiter
  if (disagreement) {
    const { delimiter, fields, ragged } = disagreement
    throw new DataError(source, `cannot detect the delimiter: with ${JSON.stringify(delimiter)} the header has ${fields} columns but this row has ${ragged.fields}`, { row: ragged.line })
  }
  return ','
}

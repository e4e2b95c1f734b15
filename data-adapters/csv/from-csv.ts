import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { joinTable, tableOfColumns } from '../join/index.js'
import { checkJoinOptions, type JoinOptions } from '../options.js'
import type { LoadOptions, Source } from '../source.js'
import { csvReader, joinColumns, type CsvLocation } from './read.js'

/** Options of {@link fromCSV}: where the CSV is (exactly one of `url`, `text`, `data`), then the join. */
export interface CsvOptions extends JoinOptions, CsvLocation {}

/**
 * A CSV source. Options are checked now (`fromCSV({ level: 'pays' })` throws `invalid level: "pays"`);
 * the file is read, parsed and joined on each `load()`.
 */
export function fromCSV(options: CsvOptions): Source {
  const join = checkJoinOptions(options)
  const reader = csvReader(options)
  // Only the columns the join reads are copied, unless a function of the row needs them all.
  const read = joinColumns(join)
  return {
    name: reader.name,
    async load(load: LoadOptions = {}): Promise<IndicatorTable> {
      const { signal } = load
      const { parsed, warnings } = await reader.read(read, signal)
      const table = tableOfColumns(parsed.columns, parsed.cells, parsed.length, read === undefined)
      return joinTable(table, join, { source: reader.name, warnings, rowNumber: (i) => parsed.lines[i]!, ...(signal ? { signal } : {}) })
    },
  }
}

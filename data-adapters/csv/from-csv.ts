import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { joinTable } from '../join/index.js'
import { checkJoinOptions, type CheckedJoinOptions, type JoinOptions } from '../options.js'
import type { LoadOptions, Source } from '../source.js'
import { csvReader, joinColumns, type CsvLocation, type CsvReader } from './read.js'

/** Options of {@link fromCSV}: where the CSV is (exactly one of `url`, `text`, `data`), then the join. */
export interface CsvOptions extends JoinOptions, CsvLocation {}

/**
 * A CSV source. Options are checked now (`fromCSV({ level: 'pays' })` throws `invalid level: "pays"`);
 * the file is read, parsed and joined on each `load()`.
 */
export function fromCSV(options: CsvOptions): Source {
  const join = checkJoinOptions(options)
  return csvSource(join, csvReader(options))
}

/** The source of checked join options and a CSV reader (`fromCSV`, and the embed with {@link csvUrlReader}). */
export function csvSource(join: CheckedJoinOptions, reader: CsvReader): Source {
  // Only the columns the join reads are copied, unless a function of the row needs them all.
  const read = joinColumns(join)
  return {
    name: reader.name,
    load: (load: LoadOptions = {}): Promise<IndicatorTable> => reader.load(read, load.signal, (table, context) => joinTable(table, join, context)),
  }
}

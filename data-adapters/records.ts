import type { IndicatorTable } from '../src/core/indicator-table.js'
import { invalid, string } from '../src/core/options.js'
import { DataError } from './errors.js'
import { joinRows, type ParsedRows } from './join/index.js'
import { checkJoinOptions, type JoinOptions, type Row } from './options.js'
import type { LoadOptions, Source } from './source.js'

/** Options of {@link fromRecords}: the join options, and a name for messages. */
export interface RecordsOptions extends JoinOptions {
  /** Name used in errors and in the report. Default: `records`. */
  sourceName?: string
}

/**
 * In-memory rows (objects, one per row) as a source. Values keep their type: numbers are numbers, text
 * goes through the same reading of French numbers and missing markers as a CSV cell. Options are
 * checked now; the rows are read on each `load()`, so a caller may refill the array between loads.
 */
export function fromRecords(records: readonly object[], options: RecordsOptions): Source {
  if (!Array.isArray(records)) invalid('records', records, 'expected an array of objects')
  const join = checkJoinOptions(options)
  const name = string('sourceName', options.sourceName) ?? 'records'
  return {
    name,
    load(load: LoadOptions = {}): Promise<IndicatorTable> {
      return joinRows(recordRows(records, name), join, { source: name, signal: load.signal })
    },
  }
}

/** Records → rows: every record must be an object; the columns are all keys, in order of appearance. */
export function recordRows(records: readonly unknown[], source: string): ParsedRows {
  const columns = new Set<string>()
  let shape: string | undefined
  for (let i = 0; i < records.length; i++) {
    const r = records[i]
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new DataError(source, `expected an object, got ${r === null ? 'null' : Array.isArray(r) ? 'an array' : typeof r}`, { row: i + 1 })
    // Records built by one producer share their keys: check them once per new shape only.
    const keys = Object.keys(r)
    const key = keys.join('\u0000')
    if (key === shape) continue
    shape = key
    for (const k of keys) columns.add(k)
  }
  // Cells that are not scalars stay as they are: the join marks them invalid, a value function may use them.
  return { columns: [...columns], rows: records as Row[] }
}

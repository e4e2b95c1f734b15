import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { invalid, oneOf, string } from '../../src/core/options.js'
import { checkFetchOptions, checkUrl, fetchBytes, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { joinTable, tableOfColumns } from '../join/index.js'
import { checkJoinOptions, type JoinOptions } from '../options.js'
import type { LoadOptions, Source } from '../source.js'
import { decodeBytes } from './decode.js'
import { parseCsvColumns } from './parse.js'
import { DELIMITERS, type Delimiter } from './sniff.js'

/** Options of {@link fromCSV}: where the CSV is (exactly one of `url`, `text`, `data`), then the join. */
export interface CsvOptions extends JoinOptions, Omit<FetchOptions, 'signal'> {
  /** URL of the file, fetched with timeout, retries and cache (see FetchOptions). */
  url?: string
  /** The CSV text itself. */
  text?: string
  /** The file's bytes (e.g. a dropped `File`'s `arrayBuffer()`): UTF-8, else windows-1252 with a warning. */
  data?: Uint8Array | ArrayBuffer
  /** Field delimiter. Default: sniffed among `,` `;` tab `|`. */
  delimiter?: Delimiter
  /** Name used in errors and in the report. Default: the URL, else `csv`. */
  sourceName?: string
}

/**
 * A CSV source. Options are checked now (`fromCSV({ level: 'pays' })` throws `invalid level: "pays"`);
 * the file is read, parsed and joined on each `load()`.
 */
export function fromCSV(options: CsvOptions): Source {
  const join = checkJoinOptions(options)
  const given = (['url', 'text', 'data'] as const).filter((k) => options[k] !== undefined)
  if (given.length !== 1) invalid(given[1] ?? 'url', given[1] ? options[given[1]] : undefined, 'give exactly one of url, text and data')
  const fetchOptions = pickFetchOptions(options)
  const url = options.url !== undefined ? checkUrl(options.url, checkFetchOptions(fetchOptions).allowHttp) : undefined
  const text = string('text', options.text, undefined, true)
  const data = options.data
  if (data !== undefined && !(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) invalid('data', data, 'expected a Uint8Array or an ArrayBuffer')
  const delimiter = oneOf('delimiter', options.delimiter, DELIMITERS)
  const name = string('sourceName', options.sourceName) ?? url ?? 'csv'
  const read =
    typeof join.value === 'function' || typeof join.per === 'function'
      ? undefined
      : [(join.code ?? join.name)!, join.value, ...(join.per !== undefined ? [join.per] : []), ...Object.keys(join.filter ?? {})]

  return {
    name,
    async load(load: LoadOptions = {}): Promise<IndicatorTable> {
      const { signal } = load
      let csv = text
      let warnings: string[] = []
      if (csv === undefined) {
        const bytes = url !== undefined ? await fetchBytes(url, { ...fetchOptions, ...(signal ? { signal } : {}) }) : data!
        ;({ text: csv, warnings } = decodeBytes(bytes))
      }
      signal?.throwIfAborted()
      // Only the columns the join reads are copied, unless a function of the row needs them all.
      const parsed = parseCsvColumns(csv, name, delimiter, read)
      const table = tableOfColumns(parsed.columns, parsed.cells, parsed.length, read === undefined)
      return joinTable(table, join, { source: name, warnings, rowNumber: (i) => parsed.lines[i]!, ...(signal ? { signal } : {}) })
    },
  }
}

import { invalid, oneOf, string } from '../../src/core/options.js'
import { checkFetchOptions, checkUrl, defaultFetchOptions, fetchBody, loadChecked, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { tableOfColumns, type JoinContext, type RowTable } from '../join/index.js'
import { DataError } from '../errors.js'
import type { CheckedJoinOptions } from '../options.js'
import { bytePieces, NOT_UTF8, type Pieces } from './pieces.js'
import { parseCsvColumnsInSlices, type ColumnarCsv } from './parse.js'
import { DELIMITERS, type Delimiter } from './sniff.js'

/** Where a CSV is and how to read it: the options of {@link fromCSV} besides the join. */
export interface CsvLocation extends Omit<FetchOptions, 'signal'> {
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

/** A checked {@link CsvLocation} that reads the file: fetch, decode, parse. */
export interface CsvReader {
  readonly name: string
  /**
   * Reads the file, parsing only `columns` (all when `undefined`), and gives `join` the table and the
   * join's context (source name, decoding warnings, line numbers, signal).
   */
  load<T>(columns: readonly string[] | undefined, signal: AbortSignal | undefined, join: (table: RowTable, context: JoinContext) => Promise<T>): Promise<T>
}

/** Checks where the CSV is (exactly one of `url`, `text`, `data`) once, at the entry. */
export function csvReader(options: CsvLocation): CsvReader {
  onlyOne(options)
  const fetchOptions = pickFetchOptions(options)
  const url = options.url !== undefined ? checkUrl(options.url, checkFetchOptions(fetchOptions).allowHttp) : undefined
  const text = string('text', options.text, undefined, true)
  const data = options.data
  if (data !== undefined && !(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) invalid('data', data, 'expected a Uint8Array or an ArrayBuffer')
  const delimiter = oneOf('delimiter', options.delimiter, DELIMITERS)
  const name = string('sourceName', options.sourceName) ?? url ?? 'csv'
  return reader(name, delimiter, (signal) => (text !== undefined ? text : url !== undefined ? fetchBody(url, { ...fetchOptions, signal }).then((r) => r.body) : data!))
}

/**
 * A CSV at `url`, every other option at its default: what `<atlas-map src="…">` reads (its attributes
 * set no request option, no text, no delimiter), without {@link csvReader}'s checks of options it never
 * gives. The same reading, errors and source name (the URL) as `csvReader({ url, allowHttp })`.
 */
export function csvUrlReader(url: string, allowHttp: boolean): CsvReader {
  const href = checkUrl(url, allowHttp)
  return reader(href, undefined, (signal) => loadChecked(href, defaultFetchOptions(allowHttp, signal)).then((r) => r.body))
}

/** The reader of a checked location: `body` gives the CSV's text, or its bytes (fetched or given). */
function reader(name: string, delimiter: Delimiter | undefined, body: (signal: AbortSignal | undefined) => string | Uint8Array | ArrayBuffer | Promise<Uint8Array>): CsvReader {
  return {
    name,
    async load(columns, signal, join) {
      const read = await body(signal)
      const text = typeof read === 'string' ? read : undefined
      const bytes = typeof read === 'string' ? undefined : read
      const warnings: string[] = []
      const input = (): string | Pieces => (bytes ? bytePieces(bytes, warnings.length > 0) : text!)
      const parse = (): Promise<ColumnarCsv> => parseCsvColumnsInSlices(input(), name, delimiter, columns, signal, undefined, bytes?.byteLength)
      try {
        const { columns: header, cells, length, lines } = await parse().catch((error: unknown) => {
          // Bytes that are not UTF-8: read again as windows-1252, with a warning.
          if (error !== NOT_UTF8) throw error
          warnings.push(NOT_UTF8)
          return parse()
        })
        return await join(tableOfColumns(header, cells, length), { source: name, warnings, rowNumber: (i) => lines[i]!, signal })
      } catch (error) {
        // A text that is no CSV (empty, UTF-16 without its byte-order mark, an HTML page) fails as such,
        // not as a missing column: told apart on the error path only, from the file's first piece.
        throw (error instanceof DataError && (await import('./content.js').then((m) => m.notCsv((bytes ? bytePieces(bytes, warnings.length > 0)() : text) ?? '', name), () => undefined))) || error
      }
    },
  }
}

/** Exactly one of `url`, `text` and `data` (of a CSV or JSON source), checked at the entry. */
export function onlyOne(options: { url?: unknown; text?: unknown; data?: unknown }): void {
  const given = (['url', 'text', 'data'] as const).filter((k) => options[k] !== undefined)
  if (given.length !== 1) invalid(given[1] ?? 'url', given[1] ? options[given[1]] : undefined, 'give exactly one of url, text and data')
}

/** The columns a join reads, or `undefined` (all) when a function of the row needs them all. */
export function joinColumns(join: CheckedJoinOptions): string[] | undefined {
  if (typeof join.value === 'function' || typeof join.per === 'function') return undefined
  return [join.code ?? join.name, join.value, join.per, ...Object.keys(join.filter ?? {})].filter((c) => c !== undefined)
}

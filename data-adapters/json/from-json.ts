import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { string } from '../../src/core/options.js'
import { decodeBytes } from '../csv/decode.js'
import { stripBom } from '../csv/pieces.js'
import { onlyOne } from '../csv/read.js'
import { DataError } from '../errors.js'
import { checkFetchOptions, checkUrl, fetchJSON, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { joinRows } from '../join/index.js'
import { checkJoinOptions, type JoinOptions } from '../options.js'
import { recordRows } from '../records.js'
import type { LoadOptions, Source } from '../source.js'
import { jsonRecords } from './records-of.js'

/** Options of {@link fromJSON}: where the JSON is (exactly one of `url`, `text`, `data`), then the join. */
export interface JsonOptions extends JoinOptions, Omit<FetchOptions, 'signal'> {
  /** URL of the document, fetched with timeout, retries and cache (see FetchOptions). */
  url?: string
  /** The JSON text. */
  text?: string
  /** The parsed document (array of records or FeatureCollection), or the file's bytes. */
  data?: unknown
  /** Name used in errors and in the report. Default: the URL, else `json`. */
  sourceName?: string
}

/**
 * A JSON source: an array of records or a GeoJSON FeatureCollection (its features' properties).
 * Options are checked now; the document is read and joined on each `load()`.
 */
export function fromJSON(options: JsonOptions): Source {
  const join = checkJoinOptions(options)
  onlyOne(options)
  const fetchOptions = pickFetchOptions(options)
  const url = options.url !== undefined ? checkUrl(options.url, checkFetchOptions(fetchOptions).allowHttp) : undefined
  const text = string('text', options.text)
  const name = string('sourceName', options.sourceName) ?? url ?? 'json'
  const { data } = options
  if (data !== undefined && !(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) jsonRecords(data, name)

  return {
    name,
    async load(load: LoadOptions = {}): Promise<IndicatorTable> {
      const { signal } = load
      let doc: unknown
      let warnings: string[] = []
      if (url !== undefined) doc = await fetchJSON(url, { ...fetchOptions, signal })
      else if (text !== undefined) doc = parse(text, name)
      else if (data instanceof Uint8Array || data instanceof ArrayBuffer) {
        const decoded = decodeBytes(data)
        warnings = decoded.warnings
        doc = parse(decoded.text, name)
      } else doc = data
      signal?.throwIfAborted()
      return joinRows(recordRows(jsonRecords(doc, name), name), join, { source: name, warnings, signal })
    },
  }
}

function parse(text: string, source: string): unknown {
  try {
    return JSON.parse(stripBom(text))
  } catch (error) {
    throw new DataError(source, `not valid JSON: ${(error as Error).message}`)
  }
}

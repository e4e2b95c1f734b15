import { string } from '../../src/core/options.js'
import { decodeBytes } from '../csv/decode.js'
import { stripBom } from '../csv/pieces.js'
import { onlyOne } from '../csv/read.js'
import { DataError } from '../errors.js'
import { checkFetchOptions, checkUrl, fetchJSON, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { checkJoinOptions, type JoinOptions } from '../options.js'
import type { Source } from '../source.js'
import { jsonRecords } from './records-of.js'
import { jsonSource } from './from-json-url.js'

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

  return jsonSource(join, name, async (signal) => {
    if (url !== undefined) return [await fetchJSON(url, { ...fetchOptions, signal })]
    if (text !== undefined) return [parse(text, name)]
    if (data instanceof Uint8Array || data instanceof ArrayBuffer) {
      const decoded = decodeBytes(data)
      return [parse(decoded.text, name), decoded.warnings]
    }
    return [data]
  })
}

function parse(text: string, source: string): unknown {
  try {
    return JSON.parse(stripBom(text))
  } catch (error) {
    throw new DataError(source, `not valid JSON: ${(error as Error).message}`)
  }
}

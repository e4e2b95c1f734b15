import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { checkUrl, defaultFetchOptions, loadChecked, parseJSONBody } from '../http/index.js'
import { joinTable, tableOfRows } from '../join/index.js'
import type { CheckedJoinOptions } from '../options.js'
import { recordRows } from '../records.js'
import type { LoadOptions, Source } from '../source.js'
import { jsonRecords } from './records-of.js'

/**
 * A JSON document at `url`, every other option at its default: what `<atlas-map src="….json">` reads
 * (its attributes set no request option, no text), without {@link fromJSON}'s checks of options it
 * never gives. The same reading, name (the URL) and errors as `fromJSON({ ...join, url, allowHttp })`.
 */
export function jsonUrlSource(join: CheckedJoinOptions, url: string, allowHttp: boolean): Source {
  const href = checkUrl(url, allowHttp)
  return jsonSource(join, href, async (signal) => [parseJSONBody((await loadChecked(href, defaultFetchOptions(allowHttp, signal))).body, href)])
}

/** The source of checked join options and a document: `read` gives it, with the warnings of its decoding. */
export function jsonSource(join: CheckedJoinOptions, name: string, read: (signal: AbortSignal | undefined) => Promise<[doc: unknown, warnings?: string[]]>): Source {
  return {
    name,
    async load(load: LoadOptions = {}): Promise<IndicatorTable> {
      const { signal } = load
      const [doc, warnings = []] = await read(signal)
      signal?.throwIfAborted()
      const { columns, rows } = recordRows(jsonRecords(doc, name), name)
      return joinTable(tableOfRows(columns, rows), join, { source: name, warnings, signal })
    },
  }
}

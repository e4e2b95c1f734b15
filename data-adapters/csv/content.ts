import { DataError } from '../errors.js'

/**
 * Why a text that failed to load as CSV is no CSV at all (`reason: 'not-csv'`, `params.content`):
 * `empty` (nothing or only spaces), `utf-16` (UTF-16 read without its byte-order mark: NUL characters
 * between the letters), `html` (a page served in place of the file). Looks at the first 1,000
 * characters. `undefined` for a text that may be CSV: its own error stands. Fetched on the error path
 * only (see `read.ts`).
 */
export function notCsv(text: string, source: string): DataError | undefined {
  const head = text.slice(0, 1000)
  const content = !/\S/.test(text) ? 'empty' : head.includes('\0') ? 'utf-16' : /^\s*<[!?a-z]/i.test(head) ? 'html' : undefined
  return content && new DataError(source, `the file is ${WHAT[content]}`, { reason: 'not-csv', params: { content } })
}

const WHAT = { empty: 'empty', 'utf-16': 'UTF-16 without byte-order mark: save it as UTF-8', html: 'an HTML page, not CSV: check the URL' }

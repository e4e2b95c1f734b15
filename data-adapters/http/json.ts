import { HttpError } from './errors.js'

/**
 * Parses a JSON body. Invalid UTF-8, an empty or cut body are errors naming the URL: a body that does
 * not parse is never read as partial data.
 */
export function parseJSONBody(body: Uint8Array, url: string): unknown {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch (e) {
    throw new HttpError({ url, status: 200, message: `invalid UTF-8 in the response from ${url}`, cause: e })
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    // JSON.parse throws only errors (a SyntaxError for a text that is not JSON).
    throw new HttpError({ url, status: 200, message: `invalid JSON from ${url} (${body.byteLength} bytes): ${(e as SyntaxError).message}`, cause: e })
  }
}

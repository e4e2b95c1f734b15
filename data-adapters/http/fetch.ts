import { shared } from './cache.js'
import { parseJSONBody } from './json.js'
import { checkFetchOptions, type FetchOptions, type ResolvedFetchOptions } from './options.js'
import { requestBytes } from './request.js'
import { checkUrl } from './url.js'

/**
 * GETs `url` and resolves with the whole body, or rejects with an {@link HttpError} naming the URL
 * (or with the signal's reason on abort). Concurrent and later calls for the same URL share one
 * request unless `cache: false`; the first caller's timeout and retry options apply to it.
 */
export async function fetchBytes(url: string, options?: FetchOptions): Promise<Uint8Array> {
  const { body, kept } = await load(url, options)
  // A copy: the kept body must not change under the next caller.
  return kept ? body.slice() : body
}

/** {@link fetchBytes}, then JSON: a body that is not complete, valid JSON is an error naming the URL. */
export async function fetchJSON<T = unknown>(url: string, options?: FetchOptions): Promise<T> {
  const { href, body } = await load(url, options)
  return parseJSONBody(body, href) as T
}

/**
 * {@link fetchBytes} without the copy, for a reader that never writes into the body (a kept body is
 * the cache's own): its URL as requested (resolved), the body, and whether the cache keeps it.
 */
export async function load(url: string, options: FetchOptions | undefined): Promise<{ href: string; body: Uint8Array; kept: boolean }> {
  const o = checkFetchOptions(options)
  return loadChecked(checkUrl(url, o.allowHttp), o)
}

/** {@link load} of a URL and options already checked (`checkUrl`, `checkFetchOptions` or `defaultFetchOptions`). */
export async function loadChecked(href: string, o: ResolvedFetchOptions): Promise<{ href: string; body: Uint8Array; kept: boolean }> {
  const body = o.cache ? await shared(href, o.signal, (signal) => requestBytes(href, { ...o, signal })) : await requestBytes(href, o)
  return { href, body, kept: o.cache }
}

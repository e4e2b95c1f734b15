import { boolean, fn, integer, invalid, number } from '../../src/core/options.js'

/** Waits `ms` milliseconds; rejects with `signal.reason` as soon as `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>

/** Options of every remote request (`fetchBytes`, `fetchJSON` and the remote adapters). */
export interface FetchOptions {
  /** Aborts the request, its retries and the waits between them. Default: none. */
  signal?: AbortSignal
  /** Accept `http:` URLs (local servers, tests). Default: `false`, only `https:`. */
  allowHttp?: boolean
  /** Time allowed for one attempt (headers and body), in ms. Default: `15000`. */
  timeout?: number
  /** Retries after a network error, a timeout, a truncated body, 408, 429 or 5xx. Default: `3` (at most `3`). */
  retries?: number
  /** Base of the exponential backoff, in ms: attempt `n` waits `random(0, backoff·2^n)`. Default: `500`. */
  backoff?: number
  /** Longest wait between attempts, in ms; a `Retry-After` asking for more fails at once. Default: `30000`. */
  maxDelay?: number
  /**
   * Largest response body read, in bytes: a longer one is cut off and the load fails with an error
   * naming the URL and the limit, instead of filling the page's memory. Default: `100_000_000` (100 MB).
   */
  maxBytes?: number
  /** Keep the response in memory so that later requests for the same URL are not sent again. Default: `true`. */
  cache?: boolean
  /** The wait between attempts (injectable so that tests neither sleep nor depend on the clock). Default: `setTimeout`. */
  sleep?: Sleep
  /** Source of randomness for the jitter, returning `[0, 1)`. Default: `Math.random`. */
  random?: () => number
}

/** {@link FetchOptions} with the defaults filled in. */
export interface ResolvedFetchOptions {
  signal: AbortSignal | undefined
  allowHttp: boolean
  timeout: number
  retries: number
  backoff: number
  maxDelay: number
  maxBytes: number
  cache: boolean
  sleep: Sleep
  random: () => number
}

export const DEFAULT_TIMEOUT = 15_000
export const MAX_RETRIES = 3
export const DEFAULT_MAX_BYTES = 100_000_000

/** Checks the request options once; throws `invalid <name>: <value>`. */
export function checkFetchOptions(options: FetchOptions = {}): ResolvedFetchOptions {
  if (typeof options !== 'object' || options === null) invalid('options', options)
  const signal = options.signal
  // Duck-typed: test environments and iframes bring their own AbortSignal class.
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    invalid('signal', signal, 'expected an AbortSignal')
  }
  return {
    signal,
    allowHttp: boolean('allowHttp', options.allowHttp, false)!,
    timeout: integer('timeout', options.timeout, DEFAULT_TIMEOUT, { min: 1 }),
    retries: integer('retries', options.retries, MAX_RETRIES, { min: 0, max: MAX_RETRIES }),
    backoff: number('backoff', options.backoff, 500, { min: 0 })!,
    maxDelay: number('maxDelay', options.maxDelay, 30_000, { min: 0 })!,
    maxBytes: integer('maxBytes', options.maxBytes, DEFAULT_MAX_BYTES, { min: 1 }),
    cache: boolean('cache', options.cache, true)!,
    sleep: fn<Sleep>('sleep', options.sleep) ?? defaultSleep,
    random: fn<() => number>('random', options.random) ?? Math.random,
  }
}

/**
 * Every request option at its default but `allowHttp` and `signal`: what {@link checkFetchOptions}
 * gives for `{ allowHttp, signal }`, without checking options a caller never sets (the embed's `src`).
 */
export function defaultFetchOptions(allowHttp: boolean, signal: AbortSignal | undefined): ResolvedFetchOptions {
  return { signal, allowHttp, timeout: DEFAULT_TIMEOUT, retries: MAX_RETRIES, backoff: 500, maxDelay: 30_000, maxBytes: DEFAULT_MAX_BYTES, cache: true, sleep: defaultSleep, random: Math.random }
}

/** The request options among an adapter's options, so adapters can pass them through unchanged. */
export function pickFetchOptions(options: FetchOptions): FetchOptions {
  const { signal, allowHttp, timeout, retries, backoff, maxDelay, maxBytes, cache, sleep, random } = options
  return { signal, allowHttp, timeout, retries, backoff, maxDelay, maxBytes, cache, sleep, random }
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

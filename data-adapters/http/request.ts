import { backoffDelay } from './backoff.js'
import { errorDetails, HttpError } from './errors.js'
import type { ResolvedFetchOptions } from './options.js'
import { checkRedirect } from './redirect.js'
import { retryAfterMs } from './retry-after.js'

/** A failure worth another attempt, with the wait the server asked for, if any. */
class Transient {
  declare readonly error: HttpError
  declare readonly retryAfter: number | undefined
  constructor(error: HttpError, retryAfter?: number) {
    this.error = error
    this.retryAfter = retryAfter
  }
}

const TIMEOUT = Symbol('timeout')

function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/**
 * GETs `url` and returns the whole body, retrying transient failures with full-jitter backoff or
 * the server's `Retry-After`. An abort of `options.signal` rejects with its reason at any point,
 * including during a wait.
 */
export async function requestBytes(url: string, options: ResolvedFetchOptions): Promise<Uint8Array> {
  const { signal } = options
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted()
    let failure: Transient
    try {
      return await attemptOnce(url, options, attempt + 1)
    } catch (e) {
      if (signal?.aborted) throw signal.reason
      if (!(e instanceof Transient)) throw e
      failure = e
    }
    const attempts = attempt + 1
    if (attempt >= options.retries) throw withAttempts(failure.error, attempts, `after ${attempts} attempt${attempts > 1 ? 's' : ''}`)
    if (failure.retryAfter !== undefined && failure.retryAfter > options.maxDelay) {
      throw withAttempts(failure.error, attempts, `the server asks to retry after ${Math.ceil(failure.retryAfter / 1000)} s, more than maxDelay`)
    }
    await options.sleep(failure.retryAfter ?? backoffDelay(attempt, options.backoff, options.maxDelay, options.random), signal)
  }
}

function withAttempts(error: HttpError, attempts: number, note: string): HttpError {
  // The same failure (URL, status, API code, reason and params), counted and explained.
  return new HttpError({ ...error, message: `${error.message} (${note})`, attempts, cause: error.cause } as ConstructorParameters<typeof HttpError>[0])
}

async function attemptOnce(url: string, options: ResolvedFetchOptions, attempt: number): Promise<Uint8Array> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeout)
  const outer = options.signal
  const onAbort = (): void => controller.abort(outer!.reason)
  outer?.addEventListener('abort', onAbort, { once: true })
  const failed = (what: string, cause: unknown, status?: number): Transient => {
    const timedOut = controller.signal.reason === TIMEOUT
    const message = timedOut ? `timeout after ${options.timeout} ms: ${url}` : `${what}: ${url}`
    return new Transient(new HttpError({ url, message, attempts: attempt, cause, status }))
  }
  try {
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal })
    } catch (e) {
      throw failed(`network error (${describe(e)})`, e)
    }
    checkRedirect(url, res, options.allowHttp)
    if (res.ok) {
      let body: Uint8Array | undefined
      try {
        body = await readAtMost(res, options.maxBytes)
      } catch (e) {
        throw failed(`truncated response body (${describe(e)})`, e, res.status)
      }
      if (!body) {
        const { maxBytes } = options
        const size = maxBytes >= 1e6 ? `${maxBytes / 1e6} MB` : `${maxBytes} bytes`
        const message = `the response from ${url} is larger than maxBytes (${size}): not loaded (raise maxBytes to load a larger file)`
        throw new HttpError({ url, status: res.status, attempts: attempt, message, reason: 'too-large', params: { url, maxBytes } })
      }
      // Cross-origin responses may hide Content-Encoding, and Content-Length then counts compressed bytes.
      const length = res.headers.get('content-length')
      const comparable = res.type !== 'cors' && res.type !== 'opaque' && !res.headers.get('content-encoding')
      if (length !== null && comparable && /^\d+$/.test(length) && Number(length) !== body.byteLength) {
        throw failed(`truncated response body (${body.byteLength} of ${length} bytes)`, undefined, res.status)
      }
      return body
    }
    let text = ''
    try {
      // An error page is read only as far as its message goes: 64 KB.
      text = new TextDecoder().decode(await readAtMost(res, 65_536))
    } catch {
      // The status alone still tells what happened.
    }
    const details = errorDetails(text)
    const error = new HttpError({
      url,
      status: res.status,
      attempts: attempt,
      message: `HTTP ${res.status}${details.errorCode ? ` ${details.errorCode}` : ''} from ${url}${details.message ? `: ${details.message}` : ''}`,
      errorCode: details.errorCode,
    })
    if (!retryableStatus(res.status)) throw error
    throw new Transient(error, retryAfterMs(res.headers.get('retry-after'), Date.now()))
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onAbort)
  }
}

/**
 * The body, read as a stream and counted; `undefined` as soon as it goes beyond `limit` bytes (the rest
 * is not read), or when its Content-Length (even a compressed one) says it will.
 */
async function readAtMost(res: Response, limit: number): Promise<Uint8Array | undefined> {
  const body = res.body
  if (Number(res.headers.get('content-length')) > limit) return void body?.cancel().catch(() => {})
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (let chunk; !(chunk = await reader.read()).done; ) {
    total += chunk.value.byteLength
    if (total > limit) return void reader.cancel().catch(() => {})
    chunks.push(chunk.value)
  }
  const out = new Uint8Array(total)
  total = 0
  for (const c of chunks) out.set(c, (total += c.byteLength) - c.byteLength)
  return out
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message + (e.cause instanceof Error ? `: ${e.cause.message}` : '') : String(e)
}

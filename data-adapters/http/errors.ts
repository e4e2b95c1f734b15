import { AtlasError } from '../../src/core/errors.js'

/** Failures of a response that arrived but may not be used. */
export type HttpFailure = 'redirect-scheme' | 'too-large'

/**
 * A remote source failed. The message names the URL and, when the API sent one, its `error_code`,
 * so that a page author can tell a mistyped dataset from an outage. Its `code` is the {@link reason},
 * else `http`; its `params` hold `url`, `status` and the reason's values.
 */
export class HttpError extends AtlasError {
  /** The URL requested. */
  declare readonly url: string
  /** HTTP status, when a response arrived. */
  declare readonly status: number | undefined
  /** The API's own error code (`error_code` of Opendatasoft, …), when the body carried one. */
  declare readonly errorCode: string | undefined
  /** Attempts made (1 when the failure was not retried). */
  declare readonly attempts: number
  /**
   * What went wrong, as a stable identifier for a translated message (`redirect-scheme`, `too-large`),
   * with its {@link params}; `undefined` for network and status failures (see `status`).
   */
  declare readonly reason: HttpFailure | undefined

  constructor(init: { url: string; message: string; status?: number; errorCode?: string; attempts?: number; cause?: unknown; reason?: HttpFailure; params?: Readonly<Record<string, string | number>> | undefined }) {
    super(init.reason ?? 'http', init.message, { url: init.url, status: init.status, ...init.params }, init.cause === undefined ? undefined : { cause: init.cause })
    this.url = init.url
    this.status = init.status
    this.errorCode = init.errorCode
    this.attempts = init.attempts ?? 1
    this.reason = init.reason
    this.name = 'HttpError'
  }
}

/** Reads `{ error_code, message }` (Opendatasoft) or `{ message }` / `{ detail }` / `{ errors }` from an error body. */
export function errorDetails(body: string): { errorCode?: string | undefined; message?: string | undefined } {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    const text = body.trim().slice(0, 200)
    return text && !text.startsWith('<') ? { message: text } : {}
  }
  if (typeof parsed !== 'object' || parsed === null) return {}
  const o = parsed as Record<string, unknown>
  const code = o.error_code ?? o.errorCode ?? o.code
  const message = o.message ?? o.detail ?? o.error ?? (Array.isArray(o.errors) ? JSON.stringify(o.errors) : undefined)
  return { errorCode: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined, message: typeof message === 'string' ? message.slice(0, 500) : undefined }
}

// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpError } from '../../../data-adapters/http/errors.js'
import { checkFetchOptions, type FetchOptions, type Sleep } from '../../../data-adapters/http/options.js'
import { requestBytes } from '../../../data-adapters/http/request.js'
import { startServer, type TestServer } from '../server/server.js'

let server: TestServer
let n = 0
/** A fresh path per test, so faults and log entries never mix. */
const path = (): string => `/r/${++n}`
const text = (b: Uint8Array): string => new TextDecoder().decode(b)

/** A sleep that records the waits asked for and returns at once. */
function recorder(): { sleep: Sleep; waits: number[] } {
  const waits: number[] = []
  return { waits, sleep: async (ms) => void waits.push(ms) }
}

const request = (p: string, options: FetchOptions = {}): Promise<Uint8Array> => requestBytes(`${server.origin}${p}`, checkFetchOptions({ allowHttp: true, ...options }))

beforeAll(async () => {
  server = await startServer((url) => ({ body: { path: url.pathname } }))
})
afterAll(() => server.close())

describe('requestBytes', () => {
  it('returns the body of a 200 in one request', async () => {
    const p = path()
    expect(JSON.parse(text(await request(p)))).toEqual({ path: p })
    expect(server.requests(p)).toHaveLength(1)
  })

  it('retries a 500 after a full-jitter backoff, then succeeds', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 500 }, { kind: 'status', status: 503 })
    const { sleep, waits } = recorder()
    const body = await request(p, { sleep, random: () => 0.5, backoff: 100 })
    expect(JSON.parse(text(body))).toEqual({ path: p })
    expect(server.requests(p).map((r) => r.outcome)).toEqual([500, 503, 200])
    expect(waits).toEqual([50, 100])
  })

  it('honours Retry-After in seconds on 429, and as an HTTP date on 503', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 429, headers: { 'retry-after': '2' } }, { kind: 'status', status: 503, headers: { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() } })
    const { sleep, waits } = recorder()
    await request(p, { sleep, maxDelay: 7_200_000 })
    expect(server.requests(p).map((r) => r.outcome)).toEqual([429, 503, 200])
    expect(waits[0]).toBe(2000)
    // An HTTP date has one-second resolution: the wait is within the last second before it.
    expect(waits[1]).toBeGreaterThan(3_598_000)
    expect(waits[1]).toBeLessThanOrEqual(3_600_000)
  })

  it('retries 408 too', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 408 })
    await request(p, { sleep: recorder().sleep })
    expect(server.requests(p).map((r) => r.outcome)).toEqual([408, 200])
  })

  it('fails at once when Retry-After asks for more than maxDelay', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 429, headers: { 'retry-after': '120' } })
    const { sleep, waits } = recorder()
    await expect(request(p, { sleep, maxDelay: 60_000 })).rejects.toThrow(/HTTP 429 .*retry after 120 s/)
    expect(waits).toEqual([])
    expect(server.requests(p)).toHaveLength(1)
  })

  it('never retries another 4xx and reports the API error_code and the URL', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 400, body: { error_code: 'InvalidRESTParameterError', message: 'Invalid value for limit API parameter' } })
    const { sleep, waits } = recorder()
    const error = await request(p, { sleep }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ status: 400, errorCode: 'InvalidRESTParameterError', url: `${server.origin}${p}`, attempts: 1 })
    expect((error as Error).message).toBe(`HTTP 400 InvalidRESTParameterError from ${server.origin}${p}: Invalid value for limit API parameter`)
    expect(server.requests(p)).toHaveLength(1)
    expect(waits).toEqual([])
  })

  it('gives up after 1 + retries attempts with the last error', async () => {
    const p = path()
    server.fail(p, ...Array.from({ length: 4 }, () => ({ kind: 'status' as const, status: 502 })))
    const error = await request(p, { sleep: recorder().sleep }).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 502, attempts: 4 })
    expect((error as Error).message).toContain('(after 4 attempts)')
    expect(server.requests(p)).toHaveLength(4)
  })

  it('treats a truncated 200 as a failure and retries it, never returning partial data', async () => {
    const p = path()
    server.fail(p, { kind: 'truncate' })
    expect(JSON.parse(text(await request(p, { sleep: recorder().sleep })))).toEqual({ path: p })
    expect(server.requests(p).map((r) => r.outcome)).toEqual(['truncate', 200])

    const q = path()
    server.fail(q, { kind: 'truncate' }, { kind: 'truncate' })
    await expect(request(q, { sleep: recorder().sleep, retries: 1 })).rejects.toThrow(new RegExp(`truncated response body .*: ${server.origin}${q} \\(after 2 attempts\\)`))
  })

  it('times out a hanging response, naming the URL', async () => {
    const p = path()
    server.fail(p, { kind: 'hang' }, { kind: 'hang' })
    // Long enough for each attempt to reach the server on a loaded machine (at 50 ms the second one
    // was sometimes aborted before it was sent); the server never answers.
    const error = await request(p, { timeout: 1000, retries: 1, sleep: recorder().sleep }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as Error).message).toBe(`timeout after 1000 ms: ${server.origin}${p} (after 2 attempts)`)
    expect(server.requests(p)).toHaveLength(2)
  })

  it('aborts a hanging request with the signal reason', async () => {
    const p = path()
    server.fail(p, { kind: 'hang' })
    const controller = new AbortController()
    const pending = request(p, { signal: controller.signal })
    await server.arrived(p)
    controller.abort(new DOMException('widget removed', 'AbortError'))
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'widget removed' })
    expect(server.requests(p)).toHaveLength(1)
  })

  it('aborts during the wait between attempts, sending no further request', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 500 })
    const controller = new AbortController()
    const { sleep } = checkFetchOptions()
    let waitingSignal: AbortSignal | undefined
    let entered!: () => void
    const waiting = new Promise<void>((resolve) => (entered = resolve))
    const pending = request(p, {
      signal: controller.signal,
      sleep: (_ms, signal) => {
        waitingSignal = signal
        entered()
        return sleep(60_000, signal)
      },
    })
    await waiting
    controller.abort(new DOMException('gone', 'AbortError'))
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(waitingSignal).toBe(controller.signal)
    expect(server.requests(p)).toHaveLength(1)
  })

  it('rejects at once when the signal is already aborted', async () => {
    const p = path()
    await expect(request(p, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.requests(p)).toHaveLength(0)
  })

  it('reports network errors after retrying them', async () => {
    const closed = await startServer(() => undefined)
    const origin = closed.origin
    await closed.close()
    const { sleep, waits } = recorder()
    const error = await requestBytes(`${origin}/x`, checkFetchOptions({ allowHttp: true, sleep, retries: 2 })).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(new RegExp(`^network error .*: ${origin}/x \\(after 3 attempts\\)$`))
    expect(waits).toHaveLength(2)
  })

  it('stops reading a body larger than maxBytes, without retrying, naming the URL and the limit', async () => {
    const p = path()
    // 64 KB chunks, 6.5 GB in all if it were read whole; no Content-Length to stop at.
    server.fail(p, { kind: 'chunked', size: 65_536, count: 100_000 })
    const { sleep, waits } = recorder()
    const error = await request(p, { sleep, maxBytes: 1_000_000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ reason: 'too-large', params: { url: `${server.origin}${p}`, maxBytes: 1_000_000 } })
    expect((error as Error).message).toBe(`the response from ${server.origin}${p} is larger than maxBytes (1 MB): not loaded (raise maxBytes to load a larger file)`)
    expect(waits).toEqual([])
    expect(server.requests(p)).toHaveLength(1)
    // The server stopped soon after the limit (what the sockets buffer), not at the end of the body.
    expect(server.requests(p)[0]!.sent).toBeLessThan(64_000_000)
  })

  it('refuses a Content-Length above maxBytes before reading the body', async () => {
    const p = path()
    server.fail(p, { kind: 'body', body: 'x'.repeat(5000) })
    await expect(request(p, { maxBytes: 4999 })).rejects.toThrow(`the response from ${server.origin}${p} is larger than maxBytes (4999 bytes)`)
    const q = path()
    server.fail(q, { kind: 'body', body: 'x'.repeat(5000) })
    expect(text(await request(q, { maxBytes: 5000 }))).toBe('x'.repeat(5000))
  })

  it('follows a redirect within the scheme rule', async () => {
    const p = path()
    server.fail(p, { kind: 'redirect', location: `${p}/moved` })
    expect(JSON.parse(text(await request(p)))).toEqual({ path: `${p}/moved` })
    expect(server.requests(new RegExp(`^${p}`)).map((r) => r.outcome)).toEqual([302, 200])
  })
})

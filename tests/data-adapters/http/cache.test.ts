// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache, shared } from '../../../data-adapters/http/cache.js'
import { checkFetchOptions } from '../../../data-adapters/http/options.js'
import { requestBytes } from '../../../data-adapters/http/request.js'
import { startServer, type TestServer } from '../server/server.js'

let server: TestServer
let n = 0
const path = (): string => `/c/${++n}`
const text = (b: Uint8Array): string => new TextDecoder().decode(b)
const noWait = async (): Promise<void> => undefined

/** What fetchBytes does: one shared request per URL. */
const get = (p: string, signal?: AbortSignal): Promise<Uint8Array> => {
  const url = `${server.origin}${p}`
  return shared(url, signal, (s) => requestBytes(url, checkFetchOptions({ allowHttp: true, signal: s, sleep: noWait })))
}

beforeAll(async () => {
  server = await startServer((url) => ({ body: { path: url.pathname } }))
})
beforeEach(() => clearHttpCache())
afterAll(() => server.close())

describe('shared', () => {
  it('makes one request for two concurrent callers, and none for a later one', async () => {
    const p = path()
    const [a, b] = await Promise.all([get(p), get(p)])
    expect(text(a)).toBe(text(b))
    await get(p)
    expect(server.requests(p)).toHaveLength(1)
  })

  it('does not keep failures: the next call asks again', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 404, body: { error_code: 'DatasetNotFound' } })
    await expect(get(p)).rejects.toThrow('HTTP 404 DatasetNotFound')
    expect(JSON.parse(text(await get(p)))).toEqual({ path: p })
    expect(server.requests(p)).toHaveLength(2)
  })

  it('keeps the shared request going when only one of its callers aborts', async () => {
    const p = path()
    let release!: () => void
    server.fail(p, { kind: 'hold', until: new Promise<void>((resolve) => (release = resolve)) })
    const gone = new AbortController()
    const first = get(p, gone.signal)
    const second = get(p)
    await server.arrived(p)
    gone.abort(new DOMException('removed', 'AbortError'))
    await expect(first).rejects.toMatchObject({ name: 'AbortError' })
    release()
    expect(JSON.parse(text(await second))).toEqual({ path: p })
    expect(server.requests(p)).toHaveLength(1)
  })

  it('cancels the request when every caller has aborted, and the next call starts afresh', async () => {
    const p = path()
    server.fail(p, { kind: 'hang' })
    const a = new AbortController()
    const b = new AbortController()
    const first = get(p, a.signal)
    const second = get(p, b.signal)
    await server.arrived(p)
    a.abort()
    b.abort()
    await expect(Promise.allSettled([first, second])).resolves.toMatchObject([{ status: 'rejected' }, { status: 'rejected' }])
    expect(JSON.parse(text(await get(p)))).toEqual({ path: p })
    expect(server.requests(p)).toHaveLength(2)
  })

  it('rejects at once for an already aborted caller without a request', async () => {
    const p = path()
    await expect(get(p, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.requests(p)).toHaveLength(0)
  })
})

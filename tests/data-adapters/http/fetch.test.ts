// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import { fetchBytes, fetchJSON } from '../../../data-adapters/http/fetch.js'
import { startServer, type TestServer } from '../server/server.js'

let server: TestServer
let n = 0
const path = (): string => `/f/${++n}`

beforeAll(async () => {
  server = await startServer((url) => ({ body: { path: url.pathname, values: [1.5, 2] } }))
})
beforeEach(() => clearHttpCache())
afterAll(() => server.close())

describe('fetchJSON', () => {
  it('refuses http: by default, before any request', async () => {
    const p = path()
    await expect(fetchJSON(`${server.origin}${p}`)).rejects.toThrow(`invalid url: "${server.origin}${p}"`)
    expect(server.requests(p)).toHaveLength(0)
  })

  it('parses the body, sharing one request between concurrent callers', async () => {
    const p = path()
    const url = `${server.origin}${p}`
    const [a, b] = await Promise.all([fetchJSON(url, { allowHttp: true }), fetchJSON(url, { allowHttp: true })])
    expect(a).toEqual({ path: p, values: [1.5, 2] })
    expect(b).toEqual(a)
    expect(a).not.toBe(b)
    expect(server.requests(p)).toHaveLength(1)
  })

  it('turns a 200 with a non-JSON or cut body into an error naming the URL', async () => {
    const p = path()
    server.fail(p, { kind: 'body', body: '<html>maintenance</html>', contentType: 'text/html' }, { kind: 'body', body: '{"total_count": 3, "results": [{"a": 1}' })
    await expect(fetchJSON(`${server.origin}${p}`, { allowHttp: true })).rejects.toThrow(`invalid JSON from ${server.origin}${p}`)
    await expect(fetchJSON(`${server.origin}${p}`, { allowHttp: true })).rejects.toThrow(`invalid JSON from ${server.origin}${p}`)
  })

  it('checks its options once at the entry', async () => {
    await expect(fetchJSON(`${server.origin}/x`, { allowHttp: true, retries: 9 })).rejects.toThrow('invalid retries: 9')
  })
})

describe('fetchBytes', () => {
  it('gives each caller its own copy of a kept body', async () => {
    const url = `${server.origin}${path()}`
    const first = await fetchBytes(url, { allowHttp: true })
    const copy = new TextDecoder().decode(first)
    first.fill(0)
    expect(new TextDecoder().decode(await fetchBytes(url, { allowHttp: true }))).toBe(copy)
  })

  it('sends a new request each time with cache: false', async () => {
    const p = path()
    await fetchBytes(`${server.origin}${p}`, { allowHttp: true, cache: false })
    await fetchBytes(`${server.origin}${p}`, { allowHttp: true, cache: false })
    expect(server.requests(p)).toHaveLength(2)
  })

  it('retries through the shared request with the caller options', async () => {
    const p = path()
    server.fail(p, { kind: 'status', status: 500 })
    const waits: number[] = []
    await fetchBytes(`${server.origin}${p}`, { allowHttp: true, random: () => 1, backoff: 10, sleep: async (ms) => void waits.push(ms) })
    expect(waits).toEqual([10])
    expect(server.requests(p).map((r) => r.outcome)).toEqual([500, 200])
  })
})

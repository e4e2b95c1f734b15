/**
 * A local HTTP server for the remote-adapter tests: 127.0.0.1, ephemeral port, started and stopped
 * by each test file. It logs every request and plays injected faults (one per matching request,
 * in order) before falling back to the routes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a route answers. `body` is sent as JSON unless it is a string. */
export interface Reply {
  status?: number
  body: unknown
  contentType?: string
  headers?: Record<string, string>
}

export type Route = (url: URL) => Reply | undefined

export type Fault =
  /** An error status with an optional JSON body and headers (e.g. `Retry-After`). */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Headers never come: the client must time out or abort. */
  | { kind: 'hang' }
  /** A 200 announcing the full length, sending half of the body, then cutting the connection. */
  | { kind: 'truncate' }
  /** The normal reply, held back until `until` resolves (to act while a request is in flight). */
  | { kind: 'hold'; until: Promise<void> }
  /** A 200 whose body is the given text, with a correct Content-Length (e.g. cut JSON, HTML). */
  | { kind: 'body'; body: string; contentType?: string }
  /** A redirect (302 unless given) to `location`. */
  | { kind: 'redirect'; location: string; status?: number }
  /** A 200 whose body comes in chunks of `size` bytes, `count` times, without Content-Length. */
  | { kind: 'chunked'; size: number; count: number }

export interface LoggedRequest {
  path: string
  params: URLSearchParams
  /** What was answered: a status, or `hang` / `truncate`. */
  outcome: number | 'hang' | 'truncate'
  /** Bytes of a chunked body written so far. */
  sent?: number
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly log: LoggedRequest[]
  /** Queues faults for the next requests whose path (without query) matches. */
  fail(path: string | RegExp, ...faults: Fault[]): void
  /** Requests whose path matches. */
  requests(path: string | RegExp): LoggedRequest[]
  /** Resolves once a request matching `path` has arrived (event-based readiness, no polling). */
  arrived(path: string | RegExp): Promise<void>
  close(): Promise<void>
}

const matches = (pattern: string | RegExp, path: string): boolean => (typeof pattern === 'string' ? path === pattern : pattern.test(path))

export async function startServer(route: Route): Promise<TestServer> {
  const faults: { path: string | RegExp; fault: Fault }[] = []
  const log: LoggedRequest[] = []
  const waiters: { path: string | RegExp; resolve: () => void }[] = []

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', origin)
    const entry: LoggedRequest = { path: url.pathname, params: url.searchParams, outcome: 200 }
    log.push(entry)
    for (const w of waiters.filter((w) => matches(w.path, url.pathname))) {
      waiters.splice(waiters.indexOf(w), 1)
      w.resolve()
    }
    const i = faults.findIndex((f) => matches(f.path, url.pathname))
    const fault = i >= 0 ? faults.splice(i, 1)[0]!.fault : undefined
    if (fault?.kind === 'hang') {
      entry.outcome = 'hang'
      return
    }
    if (fault?.kind === 'status') {
      entry.outcome = fault.status
      return send(res, { status: fault.status, body: fault.body ?? '', ...(fault.headers ? { headers: fault.headers } : {}) })
    }
    if (fault?.kind === 'hold') {
      void fault.until.then(() => reply(route, url, res, entry))
      return
    }
    if (fault?.kind === 'body') return send(res, { body: fault.body, contentType: fault.contentType ?? 'application/json' })
    if (fault?.kind === 'redirect') {
      entry.outcome = fault.status ?? 302
      res.writeHead(entry.outcome, { location: fault.location, 'content-length': '0' })
      return void res.end()
    }
    if (fault?.kind === 'chunked') return void chunks(res, fault.size, fault.count, entry)
    if (fault?.kind === 'truncate') {
      entry.outcome = 'truncate'
      const bytes = encode(answer(route, url))
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) })
      res.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), () => res.destroy())
      return
    }
    reply(route, url, res, entry)
  }

  const server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    origin,
    log,
    fail(path, ...more) {
      for (const fault of more) faults.push({ path, fault })
    },
    requests: (path) => log.filter((r) => matches(path, r.path)),
    arrived: (path) => new Promise<void>((resolve) => waiters.push({ path, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}

/** Writes `count` chunks of `size` bytes, each once the socket has taken the previous one, stopping when the client goes. */
function chunks(res: ServerResponse, size: number, count: number, entry: LoggedRequest): void {
  res.writeHead(200, { 'content-type': 'text/csv' })
  const chunk = Buffer.alloc(size, 0x61)
  let sent = 0
  const next = (): void => {
    if (res.destroyed) return
    if (sent === count) return void res.end()
    sent++
    entry.sent = sent * size
    res.write(chunk, next)
  }
  next()
}

function answer(route: Route, url: URL): Reply {
  return route(url) ?? { status: 404, body: { error_code: 'NotFound', message: `no route for ${url.pathname}` } }
}

function reply(route: Route, url: URL, res: ServerResponse, entry: LoggedRequest): void {
  const r = answer(route, url)
  entry.outcome = r.status ?? 200
  send(res, r)
}

function encode(reply: Reply): Buffer {
  return Buffer.from(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body), 'utf8')
}

function send(res: ServerResponse, reply: Reply): void {
  const bytes = encode(reply)
  res.writeHead(reply.status ?? 200, {
    'content-type': reply.contentType ?? (typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json'),
    'content-length': String(bytes.byteLength),
    ...reply.headers,
  })
  res.end(bytes)
}

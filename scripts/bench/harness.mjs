// The one harness of the browser benchmarks (bench-map, bench-dsfr, bench-trace): a localhost server of
// in-memory files with `no-store`, Debian Chromium through playwright-core, one page load per fresh
// context, and the small statistics and size helpers they share.
import { createServer } from 'node:http'
import { cpus, loadavg, totalmem } from 'node:os'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
/** The smallest value with at least a fraction `q` of the values at or below it. */
export const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))]
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`
export const ms = (n) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`)
export const gz = (buf) => gzipSync(buf, { level: 9 }).length

/** Command-line options: `flag('write')`, `option('runs', 5)` (numbers when the default is a number). */
export function cli(argv = process.argv.slice(2)) {
  const at = (name) => argv.indexOf(`--${name}`)
  return {
    argv,
    flag: (name) => at(name) >= 0,
    option: (name, fallback) => {
      const i = at(name)
      if (i < 0) return fallback
      return typeof fallback === 'number' ? Number(argv[i + 1]) : argv[i + 1]
    },
  }
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv; charset=utf-8', '.html': 'text/html; charset=utf-8', '.bin': 'application/octet-stream' }

/**
 * Serves `files` (path → Buffer | string | () => Buffer) from 127.0.0.1 with `no-store`. `served` lists the
 * `[path, bytes]` of every response since the last `reset()`; unknown paths answer 404 and are remembered.
 */
export async function serve(files) {
  let served = []
  const unknown = new Set()
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname
    const entry = files[path]
    const body = typeof entry === 'function' ? entry() : entry
    if (body === undefined) {
      unknown.add(path)
      return res.writeHead(404).end()
    }
    served.push([path, Buffer.byteLength(body)])
    res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    res.end(body)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    unknown,
    served: () => served,
    reset: () => (served = []),
    close: () => new Promise((r) => server.close(r)),
  }
}

/** Debian Chromium, headless, never a downloaded browser. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * Loads `origin + path` in a fresh context and waits for the page's `window.result`. Requests leaving
 * `origin` are aborted and listed. `before(page, cdp)` runs before navigation (to start a trace),
 * `after(page, cdp)` once the result is in (screenshots, stopping the trace).
 */
export async function load(browser, origin, path, { timeout = 120_000, viewport = { width: 1000, height: 1000 }, before, after, shot } = {}) {
  const context = await browser.newContext({ viewport })
  const external = []
  await context.route((url) => !url.href.startsWith(origin), (route) => (external.push(route.request().url()), route.abort()))
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => m.type() !== 'log' && problems.push(`${m.type()}: ${m.text().split('\n')[0]}`))
  const cdp = before || after ? await context.newCDPSession(page) : undefined
  const extra = before ? await before(page, cdp) : undefined
  // The page's result is awaited by a console line that setting `window.result` writes (an init script),
  // not by `waitForFunction`: that injects Playwright's own script (≈ 330 KB, 12–15 ms of the page's main
  // thread) while the page loads, a task that the Long Tasks API counted as the page's (50–100 ms under load).
  await page.addInitScript(() => {
    let value
    Object.defineProperty(window, 'result', { configurable: true, get: () => value, set: (v) => ((value = v), console.log('bench-result')) })
  })
  const settled = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench-result', timeout })
  await page.goto(origin + path)
  try {
    await settled
  } catch (e) {
    await context.close()
    throw new Error(`${path}: ${problems.join('; ') || e.message}`)
  }
  const result = await page.evaluate(() => window.result)
  if (result?.error) {
    await context.close()
    throw new Error(`${path}: ${result.error}`)
  }
  if (shot) await page.screenshot({ path: shot, fullPage: true })
  const more = after ? await after(page, cdp, extra) : undefined
  await context.close()
  return { ...result, ...(more ?? {}), external, problems }
}

/** One line on the machine for BENCHMARKS.md. */
export const machine = (browser) =>
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()} headless --disable-gpu; load average ${loadavg()[0].toFixed(1)} (shared machine)`

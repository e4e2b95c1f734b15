// Shared by the atlas page tests: the example server (as `npm start` serves it, strict CSP) and
// Debian's Chromium through playwright-core, with every CSP refusal and script error collected.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

export const repo = fileURLToPath(import.meta.url).replace(/tests\/examples\/[^/]+$/, '')

export interface Site {
  base: string
  browser: Browser
  close(): Promise<void>
}

export async function openSite(): Promise<Site> {
  // A variable specifier: scripts/ is plain JavaScript without type declarations.
  const serve = pathToFileURL(`${repo}scripts/serve.mjs`).href
  const { startServer } = (await import(/* @vite-ignore */ serve)) as { startServer: (port: number, host: string) => Promise<Server> }
  const server = await startServer(0, '127.0.0.1')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    browser,
    async close() {
      await browser.close()
      await new Promise((done) => server.close(done))
    },
  }
}

/** A page whose `problems` lists CSP violations (events and console), script errors and failed requests. */
export async function watchedPage(site: Site, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1100, height: 1000 }, ...options })
  const page = await context.newPage()
  const problems: string[] = []
  // Init scripts are injected by the browser, outside the page's CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __events: string[] }
    w.__csp = []
    w.__events = []
    for (const type of ['atlas-ready', 'atlas-error']) document.addEventListener(type, (e) => w.__events.push(`${type} ${(e.target as Element).id}`))
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true)
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`)
  })
  return { page, problems }
}

/** CSP violations the page itself saw. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

/** Waits for the `atlas-ready` or `atlas-error` event of the element with this id; all events seen so far. */
export async function eventsUntil(page: Page, type: 'atlas-ready' | 'atlas-error', id: string): Promise<string[]> {
  const seen = `${type} ${id}`
  await page.waitForFunction((s) => (window as unknown as { __events: string[] }).__events.includes(s), seen)
  return page.evaluate(() => (window as unknown as { __events: string[] }).__events)
}

/** Resolves when the element settles: its `settled` promise, the same as `atlas-ready`/`atlas-error`. */
export function settled(page: Page, selector: string): Promise<string> {
  // Once the element's class is defined (the loader fetches it when the page first uses the tag).
  return page.waitForFunction((s) => customElements.get(document.querySelector(s)?.localName ?? '-'), selector).then(() =>
    page.evaluate((s) => (document.querySelector(s) as HTMLElement & { settled: Promise<string> }).settled, selector),
  )
}

/** The fill of a territory's shape in the `<atlas-map>` matched by `selector` (a class colour or a pattern's `url(#…)`). */
export function shapeFill(page: Page, selector: string, code: string): Promise<string> {
  return page.evaluate(([s, c]) => (document.querySelector(s!)!.shadowRoot!.querySelector(`.atlas-map__shapes path[data-code="${c}"]`) as SVGPathElement).style.fill, [selector, code])
}

// @vitest-environment node
// The example page, served as `npm start` serves it (strict CSP), in Debian's Chromium.
import { mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

const repo = fileURLToPath(import.meta.url).replace(/tests\/examples\/[^/]+$/, '')
let server: Server
let browser: Browser
let base: string

beforeAll(async () => {
  // A variable specifier: scripts/ is plain JavaScript without type declarations.
  const serve = pathToFileURL(`${repo}scripts/serve.mjs`).href
  const { startServer } = (await import(/* @vite-ignore */ serve)) as { startServer: (port: number, host: string) => Promise<Server> }
  server = await startServer(0, '127.0.0.1')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => server?.close(done))
})

it('draws the 101 départements, 18 regions and 5 inset frames under the strict CSP', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } })
  // CSP refusals and script errors show as console errors; missing files as responses (the browser's
  // own favicon request aside).
  const violations: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) violations.push(m.text())
  })
  page.on('pageerror', (e) => violations.push(e.message))
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) violations.push(`${r.status()} ${r.url()}`)
  })
  await page.goto(base)
  await page.waitForSelector('body[data-ready]')
  expect(await page.getAttribute('body', 'data-ready')).toBe('true')
  const codes = await page.$$eval('path.dep[data-code]', (paths) => paths.map((p) => p.getAttribute('data-code')))
  expect(new Set(codes).size).toBe(101)
  expect(codes).toEqual(expect.arrayContaining(['2A', '2B', '971', '976']))
  expect(await page.locator('path.region').count()).toBe(18)
  expect(await page.$$eval('rect.inset', (r) => r.map((x) => x.getAttribute('data-code')))).toEqual(['971', '972', '973', '974', '976'])
  expect(await page.textContent('figcaption')).toContain('Contours : IGN Admin Express COG 2018')
  // Each overseas département is drawn inside its frame.
  const outside = await page.$$eval('rect.inset', (rects) =>
    rects
      .filter((rect) => {
        const path = document.querySelector(`path.dep[data-code="${rect.getAttribute('data-code')}"]`) as SVGPathElement
        const a = rect.getBoundingClientRect()
        const b = path.getBoundingClientRect()
        return b.width === 0 || b.left < a.left || b.right > a.right || b.top < a.top || b.bottom > a.bottom
      })
      .map((rect) => rect.getAttribute('data-code')),
  )
  expect(outside).toEqual([])
  expect(violations).toEqual([])
  mkdirSync(`${repo}tests/__screenshots__`, { recursive: true })
  await page.locator('figure').screenshot({ path: `${repo}tests/__screenshots__/examples-geo.png` })
  await page.close()
})

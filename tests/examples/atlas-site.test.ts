// @vitest-environment node
// The example atlas site (`npm start` → /atlas/) in Chromium under the strict CSP: it loads, the
// picker drives the map through its attributes, downloads work, and axe finds no violation.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, eventsUntil, openSite, repo, watchedPage, type Site } from './atlas-browser.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const shapes = (page: Page) => page.locator('#carte .atlas-map__shapes path[data-code]').count()
const readyCount = (page: Page) => page.evaluate(() => (window as unknown as { __events: string[] }).__events.filter((e) => e === 'atlas-ready carte').length)
/** Runs `change` and waits for the map's next `atlas-ready`. */
async function nextReady(page: Page, change: () => Promise<unknown>) {
  const before = await readyCount(page)
  await change()
  await page.waitForFunction((n) => (window as unknown as { __events: string[] }).__events.filter((e) => e === 'atlas-ready carte').length > n, before)
}

it('loads, draws, and follows the indicator picker and the level switch, under the strict CSP', async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}atlas/`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  expect(await shapes(page)).toBe(101)
  expect(await page.locator('#definition').textContent()).toContain('activité principale est culturelle')
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-atlas.png`, fullPage: true })

  await nextReady(page, () => page.selectOption('#indicateur', 'depenses'))
  expect(await page.locator('#carte .atlas-map__title').textContent()).toBe('Dépenses culturelles des départements par habitant')
  await nextReady(page, () => page.check('#niveau-region'))
  expect(await shapes(page)).toBe(18)
  expect(await page.locator('#carte .atlas-map__title').textContent()).toBe('Dépenses culturelles des régions par habitant')

  await nextReady(page, () => page.selectOption('#indicateur', 'archives'))
  expect(await page.isDisabled('#niveau-region')).toBe(true)
  expect(await shapes(page)).toBe(101)

  await nextReady(page, () => page.selectOption('#indicateur', 'densite'))
  expect(await page.isVisible('#departement')).toBe(true)
  expect(await shapes(page)).toBeGreaterThan(250)
  expect(await page.locator('#carte .atlas-map__legend').textContent()).toContain('Très peu dense')

  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('downloads the map as PNG, SVG and CSV from the toolbar, under the strict CSP', async () => {
  const { page, problems } = await watchedPage(site, { acceptDownloads: true })
  await page.goto(`${site.base}atlas/`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  const saved: Record<string, string> = {}
  for (const format of ['PNG', 'SVG', 'CSV']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`^${format} – `) }).click()])
    const path = `${repo}tests/__screenshots__/examples-atlas-export.${format.toLowerCase()}`
    await download.saveAs(path)
    saved[format] = download.suggestedFilename()
    if (format === 'PNG') expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG')
  }
  expect(saved).toEqual({ PNG: 'atlas-part-des-actifs-dans-les-secteurs-culturels-departement.png', SVG: 'atlas-part-des-actifs-dans-les-secteurs-culturels-departement.svg', CSV: 'atlas-part-des-actifs-dans-les-secteurs-culturels-departement.csv' })
  expect(readFileSync(`${repo}tests/__screenshots__/examples-atlas-export.csv`, 'utf8').split('\r\n')).toHaveLength(103)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('has no axe-core violation (axe injected in a context that bypasses the CSP, for axe only)', async () => {
  const { page } = await watchedPage(site, { bypassCSP: true })
  await page.goto(`${site.base}atlas/`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => [n.target, (n as { html?: string }).html]))}`)
  })
  expect(violations).toEqual([])
  await page.context().close()
})

it('reflows to 320 px without horizontal scrolling (WCAG 1.4.10)', async () => {
  const { page } = await watchedPage(site, { viewport: { width: 320, height: 800 } })
  await page.goto(`${site.base}atlas/`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await page.context().close()
})

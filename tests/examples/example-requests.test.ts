// @vitest-environment node
// The example pages, as `npm start` serves them, ask for nothing that fails: not even the icon the
// browser asks for by itself (/favicon.ico), which the request events do not show, only the console.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openSite, settled, type Site } from './atlas-browser.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

it('the example pages ask for nothing that answers an error, the browser’s own favicon request included', { timeout: 120_000 }, async () => {
  for (const path of ['embed-html/index.html', 'atlas/index.html', '']) {
    // A context of its own per page: a favicon is asked for once per context.
    const context = await site.browser.newContext()
    const page = await context.newPage()
    const failed: string[] = []
    page.on('console', (m) => m.type() === 'error' && failed.push(`${path}: ${m.text()} ${m.location().url}`))
    await page.goto(`${site.base}${path}`)
    if (path !== '') await settled(page, '#carte')
    // The favicon is asked for once the page has loaded.
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    await context.close()
    expect(failed).toEqual([])
  }
})

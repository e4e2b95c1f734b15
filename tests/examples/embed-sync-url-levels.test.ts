// @vitest-environment node
// sync-url on examples/embed-html/four-widgets.html (built bundle, strict CSP): a link whose level no
// element of the group shows (a link from the page's earlier version, a hand-edited one) leaves the
// map on the view it shows, as an unknown level does, instead of an empty map with no way back.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cspViolations, openSite, watchedPage, type Site } from './atlas-browser.js'
import { allReady, PAGE } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

it('a link to a level the group does not show (régions, communes of a département) draws the départements, and the address says so', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  for (const query of ['?culture.level=region', '?culture.level=commune&culture.within=departement%3A29', '?culture.level=canton']) {
    await page.goto(`${site.base}${PAGE}${query}`)
    expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
    await expect.poll(() => page.locator('#carte .atlas-map__shapes path[data-code]').count()).toBe(101)
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?culture.level=departement')
  }
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
})

// @vitest-environment node
// examples/embed-html/four-widgets.html printed: each widget keeps its content (map and legend, bars,
// rows, figures) and drops its controls (zone choice, sort and « show all » buttons, filter field,
// download buttons, data-table toggle). Built bundle, Debian's Chromium, print media emulated.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openSite, repo, watchedPage, type Site } from './atlas-browser.js'
import { allReady, PAGE } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

/** Whether each selector, inside the element `host`, is rendered (some box) — `null` when absent. */
const shown = ([host, selectors]: [string, string[]]) =>
  Object.fromEntries(
    selectors.map((s) => {
      const el = document.querySelector(host)!.shadowRoot!.querySelector(s)
      return [s, el ? el.getClientRects().length > 0 : null]
    }),
  )

const CONTENT: [string, string[]][] = [
  ['#carte', ['.atlas-map__shapes path', '.atlas-map__legend', '.atlas-map__foot']],
  ['#classement', ['.atlas-ranking__bar', '.atlas-ranking__name']],
  ['#tableau', ['tbody th']],
  ['#portrait', ['.atlas-portrait__figure']],
]
const CONTROLS: [string, string[]][] = [
  ['#carte', ['.atlas-map__nav', '.atlas-map__export', '.atlas-map__toggle']],
  ['#classement', ['.atlas-ranking__controls', '.atlas-map__export']],
  ['#tableau', ['.atlas-cmp__filter', '.atlas-map__export']],
]

it('printed: content kept, controls dropped, the ranking’s and table’s bars printed; screenshot', { timeout: 180_000 }, async () => {
  const { page, problems } = await watchedPage(site, { viewport: { width: 1000, height: 1000 } })
  await page.goto(`${site.base}${PAGE}`)
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  // On screen, the controls are there (so that the check below can fail).
  for (const c of CONTROLS) expect(Object.values(await page.evaluate(shown, c)), c[0]).toEqual(c[1].map(() => true))

  await page.emulateMedia({ media: 'print' })
  for (const c of CONTENT) expect(Object.values(await page.evaluate(shown, c)), c[0]).toEqual(c[1].map(() => true))
  for (const c of CONTROLS) expect(Object.values(await page.evaluate(shown, c)), c[0]).toEqual(c[1].map(() => false))
  // Bars are backgrounds, which a browser leaves out of a print unless the page asks for exact colours.
  const adjust = await page.evaluate(() =>
    ['#classement .atlas-ranking__bar', '#tableau .atlas-cmp__bar span'].map((s) => {
      const [host, inner] = s.split(' ')
      return getComputedStyle(document.querySelector(host!)!.shadowRoot!.querySelector(inner!)!).printColorAdjust
    }),
  )
  expect(adjust).toEqual(['exact', 'exact'])
  // The table of 101 départements (not virtualised) prints every row, not its scroll box's.
  const table = await page.evaluate(() => {
    const wrap = document.querySelector('#tableau')!.shadowRoot!.querySelector<HTMLElement>('.atlas-table-wrap')!
    return { rows: wrap.querySelectorAll('tbody tr').length, cut: wrap.scrollHeight - wrap.clientHeight }
  })
  expect(table).toEqual({ rows: 101, cut: 0 })
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-print.png`, fullPage: true })
  expect(problems.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([])
  await page.context().close()
})

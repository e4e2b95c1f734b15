// @vitest-environment node
// examples/embed-html/hostile-css.html: the four linked widgets on a page whose theme resets every element
// (`* { all: unset }`), forces blocks inline and sets huge, spaced, upper-case, indented, unbreakable
// type, all `!important` (hostile.css). Built bundle, strict CSP, Debian's Chromium.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cspViolations, openSite, repo, settled, watchedPage, type Site } from './atlas-browser.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const IDS = ['#carte', '#classement', '#tableau', '#portrait']

it('four widgets on a hostile page: each host a block of sensible size, one below the other, none widening the page; the theme’s text styles stop at the host; linked; no axe-core violation inside the widgets; screenshot', { timeout: 180_000 }, async () => {
  // The CSP bypassed for axe's script only (injected by the test); the widgets' own CSP checks are the other tests'.
  const { page, problems } = await watchedPage(site, { bypassCSP: true, viewport: { width: 1100, height: 1000 } })
  await page.goto(`${site.base}embed-html/hostile-css.html`)
  expect(await Promise.all(IDS.map((id) => settled(page, id)))).toEqual(['ready', 'ready', 'ready', 'ready'])

  const layout = await page.evaluate((ids) => {
    const main = document.querySelector('main')!.getBoundingClientRect()
    return {
      mainWidth: main.width,
      pageWidth: document.documentElement.scrollWidth,
      viewport: innerWidth,
      hosts: ids.map((id) => {
        const host = document.querySelector(id)!
        const r = host.getBoundingClientRect()
        // The widget's outer box, which inherits from the host what the widget does not set.
        const text = host.shadowRoot!.firstElementChild!
        const s = getComputedStyle(text)
        return {
          id,
          display: getComputedStyle(host).display,
          top: r.top + scrollY,
          bottom: r.bottom + scrollY,
          width: r.width,
          height: r.height,
          text: [s.letterSpacing, s.textTransform, s.textIndent, s.whiteSpace, s.color],
        }
      }),
    }
  }, IDS)
  for (const host of layout.hosts) {
    expect(host.display, host.id).toBe('block')
    // As wide as the article's column, and as tall as their content: no collapsed nor runaway box.
    expect(host.width, host.id).toBeGreaterThan(layout.mainWidth * 0.95)
    expect(host.width, host.id).toBeLessThanOrEqual(layout.mainWidth + 1)
    expect(host.height, host.id).toBeGreaterThan(300)
    expect(host.height, host.id).toBeLessThan(2000)
    expect(host.text, host.id).toEqual(['normal', 'none', '0px', 'normal', 'rgb(22, 22, 22)'])
  }
  // In the page's order, each below the one before: no overlap.
  for (let i = 1; i < layout.hosts.length; i++) expect(layout.hosts[i]!.top, layout.hosts[i]!.id).toBeGreaterThanOrEqual(layout.hosts[i - 1]!.bottom - 0.5)
  // `white-space: nowrap` and the huge type do not push anything wider than the window.
  expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport)

  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-hostile-css-four.png`, fullPage: true })

  // Still linked under the hostile theme.
  await page.locator('#carte path[data-code="88"]').click()
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Vosges')
  await page.waitForFunction(() => document.querySelector('#tableau')!.shadowRoot!.querySelector('tr[aria-current="true"] th')?.textContent === 'Vosges')

  // axe-core inside the four widgets (the hostile page's own markup is not the library's).
  await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` })
  const violations = await page.evaluate(async (ids) => {
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe
    const result = await axe.run({ include: ids.map((id) => [id]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return { violations: result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), passes: result.passes.length }
  }, IDS)
  expect(violations.violations).toEqual([])
  // axe did look inside the shadow trees (contrast, names, table headers…).
  expect(violations.passes).toBeGreaterThan(5)
  expect(await cspViolations(page)).toEqual([])
  expect(problems.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([])
  await page.context().close()
})

// @vitest-environment node
// examples/embed-html/dark.html: the four linked widgets with theme="auto" on a dark DSFR page
// (data-fr-theme="dark" on <html>), and theme="dark" set on a light page. Built bundle, Debian's Chromium;
// the second test runs under the strict CSP (the first bypasses it for axe-core's script).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { contrastRatio } from '../../src/core/scales/contrast.js'
import { cspViolations, openSite, repo, settled, watchedPage, type Site } from './atlas-browser.js'
import { IDS } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

/** Colours the reader sees in each widget: its text, muted text, the ranking's axis, the map's zone select. */
const colours = (ids: string[]) =>
  ids.map((id) => {
    const host = document.querySelector(id)!
    const root = host.shadowRoot!
    const style = (selector: string) => (root.querySelector(selector) ? getComputedStyle(root.querySelector(selector)!) : undefined)
    return {
      id,
      dark: host.matches(':state(dark)'),
      background: getComputedStyle(host).backgroundColor,
      text: getComputedStyle(root.firstElementChild!).color,
      title: style('[class$="__title"]')?.color,
      muted: style('[class$="__subtitle"], .atlas-portrait__year')?.color,
      axis: style('.atlas-ranking__axis .atlas-ranking__plot')?.borderTopColor,
      select: style('.atlas-map__choose select')?.color,
    }
  })

const rgb = (css: string) => {
  const [r, g, b] = css.match(/\d+/g)!.map(Number)
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`
}

it('dark page: theme="auto" follows the DSFR scheme in force; text, axis and controls keep their contrast; no axe-core violation; back to light with the page', { timeout: 180_000 }, async () => {
  // The CSP bypassed for axe's script only (injected by the test); the CSP itself is checked below on the page's own loads.
  const { page, problems } = await watchedPage(site, { bypassCSP: true, viewport: { width: 1100, height: 1000 } })
  await page.goto(`${site.base}embed-html/dark.html`)
  expect(await Promise.all(IDS.map((id) => settled(page, id)))).toEqual(['ready', 'ready', 'ready', 'ready'])
  // The dark scheme is a part of its own, fetched for `dark` and `auto`.
  await page.waitForFunction((ids) => ids.every((id) => document.querySelector(id)!.matches(':state(dark)')), IDS)

  const dark = await page.evaluate(colours, IDS)
  for (const w of dark) {
    expect(w.dark, w.id).toBe(true)
    expect(w.background, w.id).toBe('rgb(22, 22, 22)')
    for (const c of [w.text, w.title, w.muted].filter((c) => c !== undefined)) expect(contrastRatio(rgb(c!), '#161616'), `${w.id} ${c}`).toBeGreaterThanOrEqual(4.5)
  }
  // Lines and controls that were drawn in #161616 whatever the page: the ranking's axis, the map's zone choice.
  expect(contrastRatio(rgb(dark.find((w) => w.id === '#classement')!.axis!), '#161616')).toBeGreaterThanOrEqual(3)
  expect(contrastRatio(rgb(dark.find((w) => w.id === '#carte')!.select!), '#161616')).toBeGreaterThanOrEqual(4.5)
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-dark.png`, fullPage: true })

  // Still linked in the dark scheme.
  await page.locator('#carte path[data-code="88"]').click()
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Vosges')

  await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` })
  const axe = await page.evaluate(async (ids) => {
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: { id: string }[] }> } }).axe
    const result = await axe.run({ include: ids.map((id) => [id]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return { violations: result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), passes: result.passes.map((p) => p.id) }
  }, IDS)
  expect(axe.violations).toEqual([])
  expect(axe.passes).toContain('color-contrast')

  // The reader switches the DSFR site to light: the widgets follow.
  await page.evaluate(() => document.documentElement.setAttribute('data-fr-theme', 'light'))
  await page.waitForFunction((ids) => ids.every((id) => !document.querySelector(id)!.matches(':state(dark)')), IDS)
  for (const w of await page.evaluate(colours, IDS)) {
    expect(w.text, w.id).toBe('rgb(22, 22, 22)')
    expect(w.background, w.id).toBe('rgba(0, 0, 0, 0)')
  }
  expect(problems.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([])
  await page.context().close()
})

it('theme="dark" on a light page, under the strict CSP: drawn dark without reloading (the sort chosen stays), light on paper; a wrong theme is said in the element', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}embed-html/four-widgets.html`)
  expect(await settled(page, '#classement')).toBe('ready')
  expect(await page.evaluate(() => document.querySelector('#classement')!.matches(':state(dark)'))).toBe(false)
  await page.locator('#classement button[data-order="asc"]').click()
  const pressed = () => page.evaluate(() => document.querySelector('#classement')!.shadowRoot!.querySelector('button[aria-pressed="true"]')?.getAttribute('data-order'))
  expect(await pressed()).toBe('asc')
  await page.evaluate(() => document.querySelector('#classement')!.setAttribute('theme', 'dark'))
  await page.waitForFunction(() => document.querySelector('#classement')!.matches(':state(dark)'))
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('#classement')!).backgroundColor)).toBe('rgb(22, 22, 22)')
  // Repainted, not reloaded: the reader's sort is still the one shown.
  expect(await pressed()).toBe('asc')
  expect(await page.evaluate(() => (document.querySelector('#classement') as unknown as { state: string }).state)).toBe('ready')
  // On paper the dark scheme gives way: a browser prints no background.
  await page.emulateMedia({ media: 'print' })
  expect(await page.evaluate(() => [getComputedStyle(document.querySelector('#classement')!).backgroundColor, getComputedStyle(document.querySelector('#classement')!.shadowRoot!.firstElementChild!).color])).toEqual(['rgba(0, 0, 0, 0)', 'rgb(22, 22, 22)'])
  await page.emulateMedia({ media: 'screen' })
  await page.evaluate(() => document.querySelector('#classement')!.setAttribute('theme', 'sombre'))
  await page.waitForFunction(() => /theme/.test(document.querySelector('#classement')!.shadowRoot!.textContent ?? ''))
  expect(await page.evaluate(() => document.querySelector('#classement')!.shadowRoot!.textContent)).toMatch(/theme.*sombre/)
  expect(await cspViolations(page)).toEqual([])
  expect(problems.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([])
  await page.context().close()
})

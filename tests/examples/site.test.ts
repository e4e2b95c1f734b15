// @vitest-environment node
// The atlas site (examples/atlas-site/, built from the packed package by scripts/build-site.mjs, which
// `npm test` runs first) end to end in Chromium, served as `npm start` serves it (strict CSP plus
// font-src 'self'): home → explorer → indicator, level, area → a territory selected on the map →
// its portrait → back; a shared link reloaded gives the same view; no console error, failed request
// or CSP violation on any page; axe-core finds nothing on every page in light and dark; screenshots
// of each page type at 1280 and 320 px.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, openSite, repo, watchedPage, type Site } from './atlas-browser.js'

let site: Site
beforeAll(async () => {
  if (!existsSync(`${repo}examples/atlas-site/dist/index.html`)) throw new Error('the site is not built: run node scripts/build-site.mjs (npm test does)')
  site = await openSite()
})
afterAll(() => site?.close())

/** Waits until the explorer's widgets show `view` (indicator|level|area) and the map has drawn it. */
const shows = (page: Page, view: string) => page.waitForSelector(`#vues[data-ready][data-view="${view}"]`, { timeout: 30_000 })
const shapes = (page: Page) => page.locator('#vues .atlas-map__shapes path[data-code]').count()
const controls = (page: Page) =>
  page.evaluate(() => ({
    indicator: (document.getElementById('indicateur') as HTMLSelectElement).value,
    level: (document.querySelector('input[name="echelon"]:checked') as HTMLInputElement).value,
    zone: (document.getElementById('zone') as HTMLSelectElement).value,
  }))
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

it('home → explorer → indicator, level, area → map selection → portrait → back; a shared link gives the same view', async () => {
  const { page, problems } = await watchedPage(site, { viewport: { width: 1280, height: 1000 } })
  await page.goto(`${site.base}site/`)
  expect(await page.title()).toBe('Atlas Culture — les territoires de la culture')
  expect(await page.getAttribute('html', 'lang')).toBe('fr')
  expect((await page.request.get(new URL((await page.getAttribute('link[rel="icon"]', 'href'))!, page.url()).href)).status()).toBe(200)
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => [document.activeElement?.textContent, document.activeElement?.getAttribute('href')])).toEqual(['Aller au contenu', '#contenu'])
  // France and the 18 regions, each its own address.
  const portraits = await page.locator('main a[href^="./portrait.html"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(portraits).toHaveLength(19)
  expect(new Set(portraits).size).toBe(19)
  expect(portraits).toContain('./portrait.html?territoire=region:53')

  await page.click('main a[href="./explorateur.html"]')
  await shows(page, 'actifs-secteurs|departement|')
  expect(await shapes(page)).toBe(101)
  expect(await page.title()).toBe('Part des actifs dans les secteurs culturels — Explorateur — Atlas Culture')

  // Indicator, then level: the address follows, the widgets show it.
  await page.selectOption('#indicateur', 'entreprises')
  await shows(page, 'entreprises|departement|')
  expect(param(page, 'indicateur')).toBe('entreprises')
  await page.check('input[name="echelon"][value="region"]')
  await shows(page, 'entreprises|region|')
  expect(await shapes(page)).toBe(18)
  expect(await page.isDisabled('#zone')).toBe(true)

  // A region clicked on the map: the map drills down into its départements, and the page's controls follow.
  await page.locator('#vues .atlas-map__shapes path[data-code="53"]').click()
  await shows(page, 'entreprises|departement|region:53')
  expect(await controls(page)).toEqual({ indicator: 'entreprises', level: 'departement', zone: 'region:53' })
  expect(await shapes(page)).toBe(4)

  // The area from the page's own select, then back to Bretagne with the browser's history.
  await page.selectOption('#zone', 'region:28')
  await shows(page, 'entreprises|departement|region:28')
  await page.goBack()
  await shows(page, 'entreprises|departement|region:53')
  expect(await controls(page)).toEqual({ indicator: 'entreprises', level: 'departement', zone: 'region:53' })

  // Finistère selected on the map: the ranking and the table follow, the address keeps it.
  await page.locator('#vues .atlas-map__shapes path[data-code="29"]').click()
  await page.waitForFunction(() => new URL(location.href).searchParams.get('territoire') === '29')
  expect(await page.locator('#vues .atlas-ranking__item.is-selected').getAttribute('data-code')).toBe('29')
  expect(await page.locator('#vues .atlas-cmp tr[aria-current="true"] th').first().textContent()).toBe('Finistère')
  const shared = page.url()

  await page.click('a[href="./portrait.html?territoire=departement:29"]')
  await page.waitForSelector('#portrait[data-ready]', { timeout: 30_000 })
  expect(await page.locator('h1').textContent()).toBe('Finistère')
  expect(await page.title()).toBe('Finistère — Portrait — Atlas Culture')
  await page.goBack()
  await shows(page, 'entreprises|departement|region:53')
  expect(page.url()).toBe(shared)
  expect(await controls(page)).toEqual({ indicator: 'entreprises', level: 'departement', zone: 'region:53' })

  // The shared link in a new page: the same view and selection.
  const { page: other, problems: otherProblems } = await watchedPage(site)
  await other.goto(shared)
  await shows(other, 'entreprises|departement|region:53')
  expect(await controls(other)).toEqual({ indicator: 'entreprises', level: 'departement', zone: 'region:53' })
  expect(await other.locator('#vues .atlas-ranking__item.is-selected').getAttribute('data-code')).toBe('29')
  // The map's own way back up (« ← France entière »: the regions): the page's level, area and address follow.
  await other.locator('#vues .atlas-map').getByRole('button', { name: /France entière/ }).click()
  await shows(other, 'entreprises|region|')
  expect(await controls(other)).toEqual({ indicator: 'entreprises', level: 'region', zone: '' })
  expect([param(other, 'echelon'), param(other, 'zone'), param(other, 'territoire')]).toEqual(['region', null, null])

  expect(await cspViolations(page)).toEqual([])
  expect(await cspViolations(other)).toEqual([])
  expect([...problems, ...otherProblems]).toEqual([])
  await page.context().close()
  await other.context().close()
}, 120_000)

it('a categorical indicator (grille de densité, communes of Finistère): the table gives each commune its category and follows the map; a sentence says why there is no ranking', async () => {
  const categories = ['Très peu dense', 'Peu dense', 'Densité intermédiaire', 'Très dense']
  // CSP bypassed for axe only (as below); the first test checks the page under the CSP.
  const { page, problems } = await watchedPage(site, { bypassCSP: true })
  await page.goto(`${site.base}site/explorateur.html?indicateur=grille-densite&echelon=commune&zone=departement:29`)
  await shows(page, 'grille-densite|commune|departement:29')
  expect(await page.locator('#vues .atlas-ranking').count()).toBe(0)
  const note = page.locator('#vues .no-ranking')
  const table = page.locator('#vues .atlas-cmp')
  expect([await note.count(), await table.count()]).toEqual([1, 1])
  expect(await note.textContent()).toMatch(/^Indicateur qualitatif : pas de classement\. .*catégorie de chaque commune ; la légende de la carte compte les communes de chacune\.$/)
  expect(await table.locator('caption').textContent()).toBe('Comparaison des indicateurs — Finistère')
  // The source's left-out codes (104 former communes, merged since) all lie in other départements: no note here.
  expect(await page.locator('#vues .atlas-map__unmatched, #vues .atlas-cmp__unknown').count()).toBe(0)
  expect(await table.locator('thead th').allTextContents()).toEqual([expect.stringMatching(/^Territoire/), expect.stringMatching(/^Grille communale de densité/)])
  // Virtualised (277 communes): the rows drawn, each with its category as text.
  const cells = await table.locator('tbody tr[data-index] td').allTextContents()
  expect(cells.length).toBeGreaterThan(10)
  for (const text of cells) expect(categories).toContain(text)
  // Brest selected on the map: the table's row follows (one store), the address keeps it.
  await page.locator('#vues .atlas-map__shapes path[data-code="29019"]').click()
  await page.waitForFunction(() => new URL(location.href).searchParams.get('territoire') === '29019')
  const current = table.locator('tbody tr[aria-current="true"]')
  expect(await current.locator('th').textContent()).toBe('Brest')
  expect(categories).toContain(await current.locator('td').textContent())
  expect(await axeViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
}, 60_000)

/** Each page type, and what it shows once ready; `both`: checked in both schemes and at 320 px (the
 * other states of a page type, in the light scheme at 1280 px only, to keep the test short). */
const PAGES: [name: string, path: string, ready: string, both: boolean][] = [
  ['accueil', 'site/', 'main h1', true],
  ['explorateur', 'site/explorateur.html?indicateur=depenses-departements&echelon=departement&zone=region:53&territoire=29', '#vues[data-ready]', true],
  ['explorateur-communes', 'site/explorateur.html?indicateur=grille-densite&echelon=commune&zone=departement:29', '#vues[data-ready]', false],
  ['portrait-region', 'site/portrait.html?territoire=53', '#portrait[data-ready]', true],
  ['portrait-france', 'site/portrait.html?territoire=france', '#portrait[data-ready]', false],
  ['sources', 'site/sources.html', '#jeux[data-ready]', true],
]

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown; html?: string }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => [n.target, n.html]))}`)
  })
}

it('every page type: French title, no axe-core violation in the light and the dark scheme (axe injected outside the CSP), screenshot at 1280 px', async () => {
  // The system's scheme is dark: the site follows it until the reader picks one in the header.
  const { page, problems } = await watchedPage(site, { bypassCSP: true, colorScheme: 'dark', viewport: { width: 1280, height: 900 } })
  for (const [name, path, ready, both] of PAGES) {
    await page.goto(`${site.base}${path}`)
    await page.waitForSelector(ready, { timeout: 30_000 })
    expect(await page.title(), name).toMatch(/^.+ — Atlas Culture$|^Atlas Culture — /)
    if (name === 'accueil') expect(await page.getAttribute('html', 'data-fr-theme')).toBe('dark')
    for (const scheme of both ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.check(`input[name="scheme"][value="${scheme}"]`)
      expect(await page.getAttribute('html', 'data-fr-theme'), name).toBe(scheme)
      expect(await axeViolations(page), `${name} (${scheme})`).toEqual([])
      if (scheme === 'light') await page.screenshot({ path: `${repo}tests/__screenshots__/site-${name}-1280.png`, fullPage: true })
    }
  }
  await page.screenshot({ path: `${repo}tests/__screenshots__/site-sources-1280-dark.png` })
  expect(problems).toEqual([])
  await page.context().close()
}, 120_000)

it('every page type at 320 px: no horizontal scrolling (WCAG 1.4.10), screenshots', async () => {
  const { page, problems } = await watchedPage(site, { viewport: { width: 320, height: 900 } })
  for (const [name, path, ready] of PAGES.filter((p) => p[3])) {
    await page.goto(`${site.base}${path}`)
    await page.waitForSelector(ready, { timeout: 30_000 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(320)
    await page.screenshot({ path: `${repo}tests/__screenshots__/site-${name}-320.png`, fullPage: true })
  }
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
}, 120_000)

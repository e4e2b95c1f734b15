// @vitest-environment node
// examples/embed-html/four-widgets.html: a CMS article with the four elements in one group, from the
// built script-tag bundle, served with the strict CSP, in Debian's Chromium.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cspViolations, openSite, repo, settled, watchedPage, type Site } from './atlas-browser.js'
import { budgets, gzipBytes, scriptRequests } from './embed-bytes.js'
import { allReady, IDS, PAGE } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const PARTS = ['map', 'ranking', 'table', 'portrait'].map((w) => `src/embed/atlas-${w}.tsx`)
// The page's map has `sync-url`: its part comes with the widgets'.
const PAGE_PARTS = [...PARTS, 'src/embed/sync-url.ts']

/** Name of the table's `aria-current` row, and whether it is drawn inside the table's box, below its sticky header. */
const tableCurrent = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('#tableau')!.shadowRoot!
    const tr = root.querySelector('tr[aria-current="true"]')
    const wrap = root.querySelector('.atlas-table-wrap')!
    if (!tr) return null
    const r = tr.getBoundingClientRect()
    const inView = r.top >= wrap.querySelector('thead th')!.getBoundingClientRect().bottom - 1 && r.bottom <= wrap.getBoundingClientRect().bottom + 1
    return { name: tr.querySelector('th')!.textContent, inView, count: root.querySelectorAll('[aria-current]').length }
  })

const portraitName = (page: Page) => page.locator('#portrait .atlas-portrait__name').textContent()

it('four linked widgets: a click on the map selects the département in the ranking, the table (row marked and scrolled into view) and the portrait; Enter on a table row selects on the map; under the strict CSP', { timeout: 120_000 }, async () => {
  const { pageBudgets, pageFiles } = await budgets()
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  const data: string[] = []
  page.on('request', (r) => r.url().includes('/data/') && data.push(new URL(r.url()).pathname))
  await page.goto(`${site.base}${PAGE}`)
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])

  // Bytes: the loader, the map's chunk, each other widget's own chunks; nothing else before first paint.
  const fetched = [...new Set(scripts)].sort()
  expect(fetched).toEqual(pageFiles(PAGE_PARTS, `${repo}dist`).sort())
  expect(gzipBytes(fetched)).toBeLessThanOrEqual(pageBudgets['every widget, every part loaded']!.budget)
  // Each CSV once, though four widgets read the first and two the others.
  expect(data.sort()).toEqual([
    '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv',
    '/data/deps/actifs-exercant-une-profession-culturelle/departement.csv',
    '/data/deps/entreprises-culturelles-du-secteur-marchand/departement.csv',
  ])

  // What each shows from its attributes and children.
  // One column per child, its label and the parent's unit, then its rank (`columns="rank"`); sort arrows after.
  const headers = (await page.locator('#tableau thead th').allTextContents()).map((h) => h.replace(/[▲▼]/g, ''))
  expect(headers).toEqual(['Territoire', 'Actifs des secteurs culturels (%)', 'Rang — Actifs des secteurs culturels', 'Actifs exerçant une profession culturelle (%)', 'Rang — Actifs exerçant une profession culturelle', 'Entreprises culturelles (%)', 'Rang — Entreprises culturelles'])
  expect(await page.locator('#tableau tbody tr').count()).toBeGreaterThan(0)
  expect(await portraitName(page)).toBe('Finistère')
  expect(await page.locator('#portrait .atlas-portrait__figure').count()).toBe(3)
  expect(await tableCurrent(page)).toBe(null)

  // The map → the three others. Sorted by name, the Vosges are below the table's first screen.
  const pageScroll = await page.evaluate(() => window.scrollY)
  await page.locator('#carte path[data-code="88"]').click()
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="88"]'))
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Vosges')
  await page.waitForFunction(() => document.querySelector('#tableau')!.shadowRoot!.querySelector('tr[aria-current="true"] th')?.textContent === 'Vosges')
  await expect.poll(() => tableCurrent(page)).toEqual({ name: 'Vosges', inView: true, count: 1 })
  // The table scrolled inside its box, not the page away from the map.
  expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll)
  expect(await page.locator('#portrait [aria-live="polite"]').textContent()).toBe('Vosges, département, Grand Est')

  // The table → the map (and the others): Enter on Ain's row, first by name.
  await page.locator('#tableau tbody tr').first().focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected="01"]'))
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Ain')
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="01"]'))

  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('one broken element (its data answer 404) shows its message in the page’s language; the four others render and stay linked', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}${PAGE}`)
  await page.evaluate(() => {
    const table = document.createElement('atlas-table')
    table.id = 'casse'
    for (const [k, v] of Object.entries({ level: 'departement', code: 'Code Insee', group: 'culture' })) table.setAttribute(k, v)
    for (const src of ['/data/deps/actifs-dans-les-secteurs-culturels/departement.csv', '/data/absent.csv']) {
      const child = document.createElement('atlas-indicator')
      child.setAttribute('src', src)
      child.setAttribute('value', "Nombre d'actifs dans les secteurs culturels")
      table.append(child)
    }
    document.querySelector('article')!.prepend(table)
  })
  expect(await settled(page, '#casse')).toBe('error')
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  const alert = page.locator('#casse [role="alert"]')
  expect(await alert.locator('.atlas-error__text').textContent()).toBe('Les données n’ont pas pu être chargées (erreur HTTP 404).')
  expect(await alert.locator('code').textContent()).toContain('/data/absent.csv')
  expect(await page.locator('#casse table').count()).toBe(0)
  // The others still drawn and linked.
  await page.locator('#carte path[data-code="13"]').click()
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Bouches-du-Rhône')
  await page.waitForFunction(() => document.querySelector('#tableau')!.shadowRoot!.querySelector('tr[aria-current="true"] th')?.textContent === 'Bouches-du-Rhône')
  expect(await cspViolations(page)).toEqual([])
  expect(problems.filter((p) => !p.startsWith('404 '))).toEqual([])
  expect(problems.filter((p) => p.startsWith('404 '))).toEqual([`404 ${site.base}data/absent.csv`])
  await page.context().close()
})

it('an invalid <atlas-indicator> is named inline, as the map names an attribute', { timeout: 120_000 }, async () => {
  const { page } = await watchedPage(site)
  await page.goto(`${site.base}${PAGE}`)
  await allReady(page)
  const said = await page.evaluate(async () => {
    const portrait = document.createElement('atlas-portrait') as HTMLElement & { settled: Promise<string> }
    for (const [k, v] of Object.entries({ territory: '29', level: 'departement', code: 'Code Insee', src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv' })) portrait.setAttribute(k, v)
    for (const scale of ['100', 'cent']) {
      const child = document.createElement('atlas-indicator')
      child.setAttribute('value', "Nombre d'actifs dans les secteurs culturels")
      child.setAttribute('scale', scale)
      portrait.append(child)
    }
    document.querySelector('article')!.append(portrait)
    await portrait.settled
    const alert = portrait.shadowRoot!.querySelector('[role="alert"]')!
    return [alert.querySelector('.atlas-error__text')!.textContent, alert.querySelector('code')!.textContent]
  })
  expect(said).toEqual(['Attribut atlas-indicator[2] scale\u00a0: la valeur « cent » n’est pas valide (attendu : un nombre).', 'invalid atlas-indicator[2] scale: "cent" (expected a number)'])
  await page.context().close()
})

it('the table’s and the portrait’s own chunks each add at most 8 KB to a page with one map (issue #14), fetched when the element appears', { timeout: 120_000 }, async () => {
  const { furtherWidgetBudget, pageFiles } = await budgets()
  const map = pageFiles([PARTS[0]!], `${repo}dist`)
  for (const [tag, part] of [['atlas-table', PARTS[2]!], ['atlas-portrait', PARTS[3]!]] as const) {
    const { page, problems } = await watchedPage(site)
    const scripts = scriptRequests(page)
    await page.goto(`${site.base}atlas/integration.html`)
    expect(await settled(page, '#carte')).toBe('ready')
    const before = new Set(scripts)
    await page.evaluate((tag) => {
      const el = document.createElement(tag)
      el.id = 'ajout'
      for (const [k, v] of Object.entries({ src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv', level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels", per: "Nombre total d'actifs", scale: '100' })) el.setAttribute(k, v)
      document.querySelector('main')!.append(el)
    }, tag)
    expect(await settled(page, '#ajout')).toBe('ready')
    const added = [...new Set(scripts)].filter((f) => !before.has(f)).sort()
    expect(added).toEqual(pageFiles([part], `${repo}dist`).filter((f) => !map.includes(f) && f !== 'atlas-culture.min.js').sort())
    expect(gzipBytes(added)).toBeLessThanOrEqual(furtherWidgetBudget.budget)
    expect(problems.filter((p) => !p.includes('erreur'))).toEqual([])
    await page.context().close()
  }
})

for (const width of [1280, 320]) {
  // Four widgets, axe run twice on the whole page: slow on a loaded 2-core machine, hence the timeout.
  it(`has no axe-core violation at ${width} px before and after a selection (axe injected in a context that bypasses the CSP, for axe only); screenshot`, { timeout: 180_000 }, async () => {
    const { page } = await watchedPage(site, { bypassCSP: true, viewport: { width, height: 900 } })
    await page.goto(`${site.base}${PAGE}`)
    await allReady(page)
    await page.addScriptTag({ path: `${repo}node_modules/axe-core/axe.min.js` })
    const run = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)
      })
    expect(await run()).toEqual([])
    await page.locator('#carte path[data-code="29"]').click()
    await page.waitForFunction(() => document.querySelector('#tableau')!.shadowRoot!.querySelector('tr[aria-current="true"]'))
    expect(await run()).toEqual([])
    if (width === 320) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-four-widgets-${width}.png`, fullPage: true })
    await page.context().close()
  })
}

it('a failed element offers a retry in the page’s language: its source answers 404, then serves the file → a click on « Réessayer » draws it; the four others render and stay linked throughout; no error reaches the window', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  await page.addInitScript(() => {
    const w = window as unknown as { __uncaught: string[] }
    w.__uncaught = []
    window.addEventListener('error', (e) => w.__uncaught.push(`error ${e.message}`))
    window.addEventListener('unhandledrejection', (e) => w.__uncaught.push(`unhandledrejection ${String(e.reason)}`))
  })
  // The server is down for this file's first request, then serves it.
  let requests = 0
  await page.route('**/departement.csv?panne', (route) => (++requests === 1 ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()))
  await page.goto(`${site.base}${PAGE}`)
  await page.evaluate(() => {
    const ranking = document.createElement('atlas-ranking')
    ranking.id = 'panne'
    for (const [k, v] of Object.entries({ src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv?panne', level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels", per: "Nombre total d'actifs", scale: '100', group: 'culture' })) ranking.setAttribute(k, v)
    document.querySelector('article')!.prepend(ranking)
  })
  expect(await settled(page, '#panne')).toBe('error')
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  expect(await page.locator('#panne .atlas-error__text').textContent()).toBe('Les données n’ont pas pu être chargées (erreur HTTP 404).')
  const retry = page.locator('#panne [role="alert"] button')
  expect(await retry.textContent()).toBe('Réessayer')
  await retry.click()
  expect(await settled(page, '#panne')).toBe('ready')
  expect(requests).toBe(2)
  expect(await page.locator('#panne .atlas-ranking__item').count()).toBeGreaterThan(0)
  expect(await page.locator('#panne [role="alert"]').count()).toBe(0)
  // Linked like the others: a click on the map selects in the retried ranking too.
  await page.locator('#carte path[data-code="13"]').click()
  await page.waitForFunction(() => document.querySelector('#panne')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="13"]'))
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  expect(await page.evaluate(() => (window as unknown as { __uncaught: string[] }).__uncaught)).toEqual([])
  expect(await cspViolations(page)).toEqual([])
  expect(problems.filter((p) => !p.startsWith('404 '))).toEqual([])
  await page.context().close()
})

it('sync-url on the map keeps the group in the address: the view the map first shows replaces the entry, hovering writes nothing, a region chosen and a département clicked are one entry each; a reload restores selection and view in the four widgets; back and forward go through the earlier states', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}${PAGE}`)
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  const query = () => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)))
  const entries = () => page.evaluate(() => history.length)
  const area = () => page.locator('#carte .atlas-map__choose select').inputValue()
  const drawn = () => page.locator('#carte .atlas-map__shapes path[data-code]').count()
  const mapSelected = () => page.evaluate(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected]')?.getAttribute('data-selected') ?? null)
  await expect.poll(query).toEqual({ 'culture.level': 'departement' })
  const start = await entries()

  // Hovering (map and ranking) changes the group's hovered territory only: no entry, no new address.
  for (const code of ['29', '22', '56']) await page.locator(`#carte path[data-code="${code}"]`).hover()
  await page.locator('#classement .atlas-ranking__item').nth(2).hover()
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('.is-hovered, [data-hovered]'))
  expect(await query()).toEqual({ 'culture.level': 'departement' })
  expect(await entries()).toBe(start)

  // A region chosen on the map: one entry; a département clicked: one more (selection, and no drill-down: the map has no communes).
  await page.locator('#carte .atlas-map__choose select').selectOption('44')
  await expect.poll(query).toEqual({ 'culture.level': 'departement', 'culture.within': 'region:44' })
  expect(await entries()).toBe(start + 1)
  await page.locator('#carte path[data-code="88"]').click()
  await expect.poll(query).toEqual({ 'culture.level': 'departement', 'culture.within': 'region:44', 'culture.selected': '88' })
  expect(await entries()).toBe(start + 2)
  expect(new URL(page.url()).search).toBe('?culture.level=departement&culture.within=region%3A44&culture.selected=88')

  // Reload: the address restores the view and the selection in every widget, and adds no entry.
  await page.reload()
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected="88"]'))
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Vosges')
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="88"]'))
  await page.waitForFunction(() => document.querySelector('#tableau')!.shadowRoot!.querySelector('tr[aria-current="true"] th')?.textContent === 'Vosges')
  expect(await area()).toBe('44')
  expect(await drawn()).toBe(10)
  expect(await query()).toEqual({ 'culture.level': 'departement', 'culture.within': 'region:44', 'culture.selected': '88' })
  expect(await entries()).toBe(start + 2)

  // Back: the region without a selection (the portrait shows its own territory again); back again: France entière.
  await page.goBack()
  await page.waitForFunction(() => !document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected]'))
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Finistère')
  expect(await query()).toEqual({ 'culture.level': 'departement', 'culture.within': 'region:44' })
  expect(await area()).toBe('44')
  expect(await mapSelected()).toBe(null)
  await page.goBack()
  await expect.poll(drawn).toBe(101)
  expect(await area()).toBe('')
  expect(await query()).toEqual({ 'culture.level': 'departement' })
  // Forward twice: the region, then the selection; no entry added on the way.
  await page.goForward()
  await expect.poll(drawn).toBe(10)
  await page.goForward()
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected="88"]'))
  expect(await query()).toEqual({ 'culture.level': 'departement', 'culture.within': 'region:44', 'culture.selected': '88' })
  expect(await entries()).toBe(start + 2)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

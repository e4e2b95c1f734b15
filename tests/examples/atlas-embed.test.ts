// @vitest-environment node
// The script-tag bundle as a CMS page uses it: dist/atlas-culture.min.js (built by `npm test` first),
// served with the strict CSP, in Debian's Chromium.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cspViolations, eventsUntil, openSite, repo, settled, watchedPage, type Site } from './atlas-browser.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

it('the IIFE holds no eval nor Function constructor (CSP without unsafe-eval)', () => {
  const bundle = readFileSync(`${repo}dist/atlas-culture.min.js`, 'utf8')
  expect(bundle).not.toMatch(/\bnew Function\s*\(/)
  expect(bundle).not.toMatch(/(^|[^.\w$])eval\s*\(/)
})

it('draws the 101 départements under the strict CSP, fetching geometry beside the script; a bad attribute stays in its own element; loading the script twice is harmless', async () => {
  const { page, problems } = await watchedPage(site)
  const geometry: string[] = []
  page.on('request', (r) => r.url().includes('/geo/') && geometry.push(new URL(r.url()).pathname))
  await page.goto(`${site.base}atlas/integration.html`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  expect(await eventsUntil(page, 'atlas-error', 'erreur')).not.toContain('atlas-ready erreur')
  expect(await settled(page, '#carte')).toBe('ready')
  expect(await settled(page, '#erreur')).toBe('error')

  const codes = await page.locator('#carte .atlas-map__shapes path[data-code]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')))
  expect(new Set(codes).size).toBe(101)
  expect(geometry).toContain('/dist/geo/france.topo.json')
  expect(await page.locator('#carte .atlas-map__title').textContent()).toBe('Part des actifs dans les secteurs culturels')

  const alert = page.locator('#erreur [role="alert"]')
  expect(await alert.textContent()).toContain('atlas-map classes: invalid classes: "cinq"')
  expect(await page.locator('#erreur .atlas-map').count()).toBe(0)

  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-atlas-integration.png`, fullPage: true })
  await page.context().close()
})

it('names the attribute when attributes are valid alone but not together', async () => {
  const { page } = await watchedPage(site)
  await page.goto(`${site.base}atlas/integration.html`)
  await settled(page, '#carte')
  const message = await page.evaluate(async () => {
    const el = document.createElement('atlas-map') as HTMLElement & { settled: Promise<string> }
    el.setAttribute('src', '/data/deps/actifs-dans-les-secteurs-culturels/region.csv')
    el.setAttribute('level', 'region')
    el.setAttribute('code', 'Code Insee')
    el.setAttribute('name', 'Région')
    el.setAttribute('value', "Nombre d'actifs dans les secteurs culturels")
    document.body.append(el)
    await el.settled
    return el.shadowRoot!.querySelector('[role="alert"]')!.textContent
  })
  expect(message).toContain('atlas-map name: invalid name')
  await page.context().close()
})

it('the global of the small bundle is a small scripting API; the full bundle exposes the whole API', async () => {
  const { page } = await watchedPage(site)
  await page.goto(`${site.base}atlas/integration.html`)
  await settled(page, '#carte')
  const small = await page.evaluate(() => Object.keys((window as unknown as { AtlasCulture: object }).AtlasCulture).sort())
  expect(small).toEqual(['AtlasMapElement', 'selectionGroup', 'setAssetBase', 'version'])
  // Loaded after the small one (a page may hold both): it replaces the global and defines nothing twice.
  await page.addScriptTag({ url: '/dist/atlas-culture.full.js' })
  const api = await page.evaluate(() => Object.keys((window as unknown as { AtlasCulture: object }).AtlasCulture))
  expect(api).toEqual(expect.arrayContaining(['version', 'setAssetBase', 'selectionGroup', 'AtlasMapElement', 'geoFrance', 'loadGeometry', 'fromCSV', 'fromJSON', 'ChoroplethMap']))
  await page.context().close()
})

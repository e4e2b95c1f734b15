// @vitest-environment node
// The script-tag bundle as a CMS page uses it: dist/atlas-culture.min.js (built by `npm test` first),
// served with the strict CSP, in Debian's Chromium.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cspViolations, eventsUntil, openSite, repo, settled, shapeFill, watchedPage, type Site } from './atlas-browser.js'
import { budgets, gzipBytes, scriptRequests } from './embed-bytes.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

it('the loader and every part hold no eval nor Function constructor (CSP without unsafe-eval)', async () => {
  const { pageFiles } = await budgets()
  const files = pageFiles('all', `${repo}dist`)
  expect(files.length).toBeGreaterThan(2)
  for (const file of files) {
    const code = readFileSync(`${repo}dist/${file}`, 'utf8')
    expect(code, file).not.toMatch(/\bnew Function\s*\(/)
    expect(code, file).not.toMatch(/(^|[^.\w$])eval\s*\(/)
  }
})

it('each part that a part fetches on use exports the name the importer reads from it', async () => {
  const { pageFiles } = await budgets()
  const files = pageFiles('all', `${repo}dist`)
  const exportsOf = (file: string) => {
    const list = [...readFileSync(`${repo}dist/${file}`, 'utf8').matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(','))
    return new Set(list.map((spec) => spec.trim().split(/\s+as\s+/).at(-1)))
  }
  const reads: string[] = []
  for (const file of files) {
    // A chunk reads a part on use through its namespace object: import("./part.js").then(e=>e.f).
    for (const [, target, , name] of readFileSync(`${repo}dist/${file}`, 'utf8').matchAll(/import\("\.\/([^"]+)"\)\.then\(\(?([\w$]+)\)?=>\2\.([\w$]+)\)/g)) {
      reads.push(`${file} → ${target}.${name}`)
      expect(exportsOf(target!).has(name!), `${file} reads ${name} of ${target}`).toBe(true)
    }
  }
  // The map reads its export files this way: a test that finds nothing has stopped looking.
  expect(reads.some((r) => r.includes('files'))).toBe(true)
})

it('a page with one départements map fetches only the loader and the parts of the map, within the page budget', async () => {
  const { pageBudgets, pageFiles } = await budgets()
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  await page.goto(`${site.base}atlas/integration.html`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  // The loader asked for the map's data and geometry while the map's code was on its way
  // (src/embed/prefetch.ts): one request each, the preload's, which the map's own fetch took.
  const requests = await page.evaluate((ends) => ends.map((end) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(end)).map((e) => (e as PerformanceResourceTiming).initiatorType)), ['/actifs-dans-les-secteurs-culturels/departement.csv', '/geo/france.xy.bin'])
  expect(requests).toEqual([['link'], ['link']])
  // The page's second map (#erreur, a bad attribute) fetches the error sentences for itself: not
  // part of the working map's first paint.
  const fetched = [...new Set(scripts)].filter((f) => !f.includes('ErrorMessage')).sort()
  expect(fetched).toEqual(pageFiles(['src/embed/atlas-map.tsx'], `${repo}dist`).sort())
  // Nothing that only serves an action: no export, data table, canvas, histogram or JSON adapter.
  expect(fetched.filter((f) => /ExportToolbar|DataTable|CanvasShapes|LegendHistogram|from-json/.test(f))).toEqual([])
  expect(gzipBytes(fetched)).toBeLessThanOrEqual(pageBudgets['one map']!.budget)
  // The data table is fetched when asked for.
  await page.locator('#carte .atlas-map__toggle').click()
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('table'))
  expect(scripts.some((p) => p.includes('DataTable'))).toBe(true)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('a map whose src is a JSON file reads it with the JSON part (from-json-url), fetched for it alone', async () => {
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  // Same origin as the page (connect-src 'self'): records of the départements, one a missing value.
  const records = [{ code: '29', part: '2,5' }, { code: '2A', part: 's' }, { code: '75', part: '7,25' }]
  await page.route('**/data/hc-parts.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(records) }))
  await page.goto(`${site.base}atlas/integration.html`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  expect(scripts.some((f) => f.includes('from-json'))).toBe(false)
  await page.evaluate(() => {
    const map = document.createElement('atlas-map')
    map.id = 'json'
    for (const [k, v] of Object.entries({ src: '/data/hc-parts.json', level: 'departement', code: 'code', value: 'part', label: 'Part', unit: '%' })) map.setAttribute(k, v)
    document.body.append(map)
  })
  expect(await settled(page, '#json')).toBe('ready')
  expect(scripts.filter((f) => f.includes('from-json'))).toEqual([expect.stringMatching(/^atlas-culture\.from-json-url-[0-9a-f]{6}\.js$/)])
  const fill = (code: string) => shapeFill(page, '#json', code)
  expect(await fill('29')).not.toBe(await fill('75'))
  expect(await fill('2A')).toMatch(/^url\("?#.*missing-secret"?\)$/)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('a map classed by natural breaks fetches them once, with the ranking that asks for them too, and paints their classes; a map by quantiles does not fetch them', async () => {
  const { pageFiles } = await budgets()
  const map = pageFiles(['src/embed/atlas-map.tsx'], `${repo}dist`)
  const jenks = pageFiles(['src/core/scales/breaks-jenks.ts'], `${repo}dist`).filter((f) => !map.includes(f))
  expect(jenks).toHaveLength(1)
  const { classify } = await import('../../src/core/scales/classify.js')
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  // Three groups far apart, of 2, 6 and 2 values: quantiles would cut inside the middle one.
  const values: Record<string, number> = { '01': 1, '02': 2, '03': 10, '04': 11, '05': 12, '06': 13, '07': 14, '08': 15, '09': 40, '10': 41 }
  await page.route('**/data/hc-jenks.csv', (route) => route.fulfill({ contentType: 'text/csv', body: `code,part\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n` }))
  await page.goto(`${site.base}atlas/integration.html`)
  expect(await settled(page, '#carte')).toBe('ready')
  expect(scripts.filter((f) => jenks.includes(f))).toEqual([])
  await page.evaluate(() => {
    for (const [id, tag] of [['jenks', 'atlas-map'], ['jenks-ranking', 'atlas-ranking']] as const) {
      const element = document.createElement(tag)
      element.id = id
      for (const [k, v] of Object.entries({ src: '/data/hc-jenks.csv', level: 'departement', code: 'code', value: 'part', label: 'Part', method: 'jenks', classes: '3' })) element.setAttribute(k, v)
      document.body.append(element)
    }
  })
  expect(await settled(page, '#jenks')).toBe('ready')
  expect(await settled(page, '#jenks-ranking')).toBe('ready')
  expect(scripts.filter((f) => jenks.includes(f))).toEqual(jenks)
  const expected = classify(Object.values(values), { method: 'jenks', classes: 3 })
  // Rounded from 6 and 27.5; quantiles give 11 and 15.
  expect(expected.breaks).toEqual([6, 28])
  expect(classify(Object.values(values), { classes: 3 }).breaks).toEqual([11, 15])
  const labels = await page.locator('#jenks .atlas-legend__classes .atlas-legend__entry > span:first-of-type').allTextContents()
  expect(labels).toEqual(expected.classes.map((c) => c.label))
  const fill = (code: string) => shapeFill(page, '#jenks', code)
  expect(await fill('08')).toBe(await fill('03'))
  expect(await fill('09')).toBe(await fill('10'))
  expect(new Set([await fill('02'), await fill('03'), await fill('09')]).size).toBe(3)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('a map whose file gives a département on two rows fetches the part that combines rows (not fetched otherwise): sums them with aggregate, names the duplicate without', async () => {
  const { pageFiles } = await budgets()
  const map = pageFiles(['src/embed/atlas-map.tsx'], `${repo}dist`)
  const combining = pageFiles(['data-adapters/join/combined.ts'], `${repo}dist`).filter((f) => !map.includes(f))
  expect(combining).toHaveLength(1)
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  // Finistère on two rows (1 + 2), Morbihan 3, Côtes-d'Armor 10.
  await page.route('**/data/hc-twice.csv', (route) => route.fulfill({ contentType: 'text/csv', body: 'code,n\n29,1\n56,3\n29,2\n22,10\n' }))
  await page.goto(`${site.base}atlas/integration.html`)
  expect(await settled(page, '#carte')).toBe('ready')
  expect(scripts.filter((f) => combining.includes(f))).toEqual([])
  await page.evaluate(() => {
    for (const [id, aggregate] of [['sum', 'sum'], ['twice', '']] as const) {
      const element = document.createElement('atlas-map')
      element.id = id
      for (const [k, v] of Object.entries({ src: '/data/hc-twice.csv', level: 'departement', code: 'code', value: 'n', label: 'N', aggregate })) if (v) element.setAttribute(k, v)
      document.body.append(element)
    }
  })
  expect(await settled(page, '#sum')).toBe('ready')
  const fill = (code: string) => shapeFill(page, '#sum', code)
  expect(await fill('29')).toBe(await fill('56'))
  expect(await fill('29')).not.toBe(await fill('22'))
  expect(await settled(page, '#twice')).toBe('error')
  expect(await page.locator('#twice [role="alert"]').textContent()).toContain('"29"')
  expect(scripts.filter((f) => combining.includes(f))).toEqual(combining)
  expect(await cspViolations(page)).toEqual([])
  // The file itself is fine; the failure is the element's message.
  expect(problems).toEqual([])
  await page.context().close()
})

it('a CMS article with a map and a ranking in one group: fetches the map\'s parts and the ranking\'s own chunk within budget; a click on the map selects the département in the ranking, Enter in the ranking selects it on the map', async () => {
  const { pageBudgets, pageFiles } = await budgets()
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  await page.goto(`${site.base}embed-html/index.html`)
  expect(await settled(page, '#carte')).toBe('ready')
  expect(await settled(page, '#classement')).toBe('ready')
  const fetched = [...new Set(scripts)].sort()
  expect(fetched).toEqual(pageFiles(['src/embed/atlas-map.tsx', 'src/embed/atlas-ranking.tsx'], `${repo}dist`).sort())
  expect(gzipBytes(fetched)).toBeLessThanOrEqual(pageBudgets['map and ranking']!.budget)
  // Each further widget kind adds at most 8 KB to the map's page (issue #14).
  expect(gzipBytes(fetched) - gzipBytes(pageFiles(['src/embed/atlas-map.tsx'], `${repo}dist`))).toBeLessThanOrEqual(8 * 1024)

  const selectedBar = () => page.evaluate(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected')?.getAttribute('data-code') ?? null)
  expect(await selectedBar()).toBe(null)
  await page.locator('#carte path[data-code="29"]').click()
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="29"]'))
  // The ranking names Finistère with its rank among the 101, after the gap when it is not in the top bars.
  expect(await page.locator('#classement .atlas-ranking__item.is-selected').textContent()).toMatch(/Finistère/)

  // From the ranking to the map: the list is one tab stop; arrows move, Enter selects.
  await page.locator('#classement .atlas-ranking__bar-button').first().focus()
  const first = await page.locator('#classement .atlas-ranking__item').first().getAttribute('data-code')
  await page.keyboard.press('Enter')
  await page.waitForFunction((code) => document.querySelector('#carte')!.shadowRoot!.querySelector(`[data-selected="${code}"]`), first)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-map-ranking.png`, fullPage: true })
  await page.context().close()
})

it('a French page does not fetch the English words; an element in English fetches them once and speaks English', async () => {
  const { pageFiles } = await budgets()
  const english = pageFiles(['src/core/text/en.ts'], `${repo}dist`).filter((f) => !pageFiles(['src/embed/atlas-map.tsx'], `${repo}dist`).includes(f))
  expect(english).toHaveLength(1)
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  await page.goto(`${site.base}atlas/integration.html`)
  expect(await settled(page, '#carte')).toBe('ready')
  expect(scripts).not.toContain(english[0])
  expect(await page.locator('#carte .atlas-legend__title').textContent()).toBe('Légende')
  await page.evaluate(() => {
    const a = document.querySelector('#carte')!
    for (const id of ['en1', 'en2']) {
      const b = document.createElement('atlas-map')
      for (const { name, value } of a.attributes) if (name !== 'id' && name !== 'group') b.setAttribute(name, value)
      b.id = id
      b.setAttribute('lang', 'en')
      document.querySelector('main')!.append(b)
    }
  })
  expect(await settled(page, '#en1')).toBe('ready')
  expect(await settled(page, '#en2')).toBe('ready')
  expect(scripts.filter((f) => f === english[0])).toHaveLength(1)
  expect(await page.locator('#en1 .atlas-legend__title').textContent()).toBe('Legend')
  expect(await page.locator('#en2 .atlas-map__export').textContent()).toContain('Download')
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
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
  expect(geometry).toContain('/dist/geo/france.xy.bin')
  expect(await page.locator('#carte .atlas-map__title').textContent()).toBe('Part des actifs dans les secteurs culturels')

  // In the page's language (French), the English technical line marked as such; its sentences were
  // fetched for the error only.
  const alert = page.locator('#erreur [role="alert"]')
  expect(await alert.locator('.atlas-error__text').textContent()).toBe('Attribut classes\u00a0: la valeur « cinq » n’est pas valide (attendu : un nombre).')
  expect(await alert.locator('code').textContent()).toBe('atlas-map classes: invalid classes: "cinq" (expected a number)')
  expect(await alert.locator('code').getAttribute('lang')).toBe('en')
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
  expect(message).toContain('Attribut name\u00a0: la valeur « Région » n’est pas valide (attendu : code ou name, un seul).')
  expect(message).toContain('atlas-map name: invalid name')
  await page.context().close()
})

it('a communes map fetches the communes geometry part when it is drawn, and draws the communes of Finistère', async () => {
  const { pageFiles } = await budgets()
  const { page, problems } = await watchedPage(site)
  const scripts = scriptRequests(page)
  await page.goto(`${site.base}atlas/integration.html`)
  await settled(page, '#carte')
  const part = pageFiles(['src/components/map/communes-geometry.ts'], `${repo}dist`).find((f) => f.includes('communes-geometry'))!
  expect(part).toBeTruthy()
  expect(scripts).not.toContain(part)
  const drawn = await page.evaluate(async () => {
    const el = document.createElement('atlas-map') as HTMLElement & { settled: Promise<string> }
    el.setAttribute('src', '/data/deps/entreprises-culturelles-du-secteur-marchand/commune.csv')
    el.setAttribute('level', 'commune')
    el.setAttribute('within', 'departement:29')
    el.setAttribute('code', 'Code Insee')
    el.setAttribute('value', "Nombre d'entreprises culturelles du secteur marchand")
    document.body.append(el)
    await el.settled
    return el.shadowRoot!.querySelectorAll('[data-code]').length
  })
  // Finistère has 277 communes in the registry (fewer shapes than 2018 communes: merged since).
  expect(drawn).toBeGreaterThan(250)
  expect(scripts).toContain(part)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it('says a missing file and a missing column in the page\'s language, from the built bundle: French page, English part of a page', async () => {
  const { page } = await watchedPage(site)
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
  await page.goto(`${site.base}embed-html/hostile-css.html`)
  await settled(page, '#carte')
  // A page whose map draws never fetches the error sentences.
  expect(scripts.filter((p) => p.includes('ErrorMessage'))).toEqual([])
  const said = await page.evaluate(async () => {
    const show = async (attrs: Record<string, string>, lang?: string) => {
      const el = document.createElement('atlas-map') as HTMLElement & { settled: Promise<string> }
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
      const holder = document.createElement('div')
      if (lang) holder.lang = lang
      holder.append(el)
      document.body.append(holder)
      await el.settled
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!
      return [alert.querySelector('.atlas-error__text')!.textContent, alert.querySelector('code')!.getAttribute('lang'), alert.querySelector('code')!.textContent]
    }
    const region = { src: '/data/deps/actifs-dans-les-secteurs-culturels/region.csv', level: 'region', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels" }
    return {
      missingFr: await show({ ...region, src: '/data/absent.csv' }),
      missingEn: await show({ ...region, src: '/data/absent.csv' }, 'en'),
      columnFr: await show({ ...region, value: 'Total' }),
      columnEn: await show({ ...region, value: 'Total' }, 'en'),
      html: await show({ ...region, src: '/embed-html/hostile-css.html' }),
    }
  })
  expect(said.missingFr.slice(0, 2)).toEqual(['Les données n’ont pas pu être chargées (erreur HTTP 404).', 'en'])
  expect(said.missingFr[2]).toContain('/data/absent.csv')
  expect(said.missingEn.slice(0, 2)).toEqual(['The data could not be loaded (HTTP error 404).', 'en'])
  expect(said.columnFr[0]).toMatch(/^Le fichier .*region\.csv ne peut pas être lu \(colonne « Total » introuvable\)\.$/)
  expect(said.columnEn[0]).toMatch(/^The file .*region\.csv cannot be read \(column “Total” not found\)\.$/)
  expect(said.columnFr[2]).toContain('value column "Total" not found')
  // A file that is not CSV (an HTML page): said so, with the check of what it is fetched in the error
  // message's file, not in a file of its own.
  expect(said.html[0]).toMatch(/^Le fichier .*hostile-css\.html ne peut pas être lu\s:\sc’est une page HTML, pas un fichier CSV\.$/)
  expect(scripts.filter((p) => p.includes('ErrorMessage'))).toHaveLength(1)
  expect(scripts.filter((p) => /content/.test(p))).toEqual([])
  await page.context().close()
})

it('the global of the small bundle is a small scripting API; the full bundle exposes the whole API', async () => {
  const { page } = await watchedPage(site)
  await page.goto(`${site.base}atlas/integration.html`)
  await settled(page, '#carte')
  const small = await page.evaluate(() => Object.keys((window as unknown as { AtlasCulture: object }).AtlasCulture).sort())
  expect(small).toEqual(['group', 'setAssetBase', 'version'])
  // Loaded after the small one (a page may hold both): it replaces the global and defines nothing twice.
  await page.addScriptTag({ url: '/dist/atlas-culture.full.js' })
  const api = await page.evaluate(() => Object.keys((window as unknown as { AtlasCulture: object }).AtlasCulture))
  expect(api).toEqual(expect.arrayContaining(['version', 'setAssetBase', 'selectionGroup', 'AtlasMapElement', 'geoFrance', 'loadGeometry', 'fromCSV', 'fromJSON', 'ChoroplethMap']))
  await page.context().close()
})

it('two bundles on one page (each its own Preact and signals) share the selection of a group: a click in one, the other follows', async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}embed-html/two-bundles.html`)
  await settled(page, '#a')
  // The full bundle, loaded once the small one has defined <atlas-map>, defines no element: its own
  // map class goes under another name.
  await page.addScriptTag({ url: '/dist/atlas-culture.full.js' })
  await page.evaluate(() => {
    const full = (window as unknown as { AtlasCulture: { AtlasMapElement: CustomElementConstructor } }).AtlasCulture
    customElements.define('atlas-map-b', full.AtlasMapElement)
    const a = document.querySelector('#a')!
    const b = document.createElement('atlas-map-b')
    for (const { name, value } of a.attributes) if (name !== 'id') b.setAttribute(name, value)
    b.id = 'b'
    document.querySelector('main')!.append(b)
  })
  expect(await page.evaluate(() => (document.querySelector('#b') as HTMLElement & { settled: Promise<string> }).settled)).toBe('ready')
  expect(await page.evaluate(() => customElements.get('atlas-map') !== customElements.get('atlas-map-b'))).toBe(true)

  const selected = (id: string) => page.evaluate((s) => document.querySelector(s)!.shadowRoot!.querySelector('[data-selected]')?.getAttribute('data-selected') ?? null, id)
  await page.locator('#a path[data-code="29"]').click()
  await page.waitForFunction(() => document.querySelector('#b')!.shadowRoot!.querySelector('[data-selected="29"]'))
  expect(await selected('#a')).toBe('29')
  await page.locator('#b path[data-code="13"]').click()
  await page.waitForFunction(() => document.querySelector('#a')!.shadowRoot!.querySelector('[data-selected="13"]'))
  // The full bundle's store (its own signals) saw it too.
  expect(await page.evaluate(() => (window as unknown as { AtlasCulture: { selectionGroup: (n: string) => { selected: { value: string } } } }).AtlasCulture.selectionGroup('deux').selected.value)).toBe('13')
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

it("keeps its block box, layout and contrast on a page whose theme resets every element (`* { all: unset }`)", async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}embed-html/hostile-css.html`)
  await eventsUntil(page, 'atlas-ready', 'carte')
  const box = await page.evaluate(() => {
    const host = document.querySelector('#carte')!
    const title = host.shadowRoot!.querySelector('.atlas-map__title')!
    const after = document.querySelector('#apres')!
    return {
      display: getComputedStyle(host).display,
      width: host.getBoundingClientRect().width,
      mainWidth: document.querySelector('main')!.getBoundingClientRect().width,
      below: after.getBoundingClientRect().top >= host.getBoundingClientRect().bottom,
      color: getComputedStyle(title).color,
      lineHeight: getComputedStyle(title).lineHeight,
      fontSize: getComputedStyle(title).fontSize,
    }
  })
  // Without the shadow tree's `!important`, the host is inline (`display: inline`), grey (#777,
  // 4.48:1 on white) and its lines three font sizes high.
  expect(box.display).toBe('block')
  expect(box.width).toBeGreaterThan(box.mainWidth * 0.95)
  expect(box.below).toBe(true)
  expect(box.color).toBe('rgb(22, 22, 22)')
  expect(parseFloat(box.lineHeight)).toBeLessThan(parseFloat(box.fontSize) * 2)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])
  await page.screenshot({ path: `${repo}tests/__screenshots__/examples-embed-hostile-css.png` })
  await page.context().close()
})

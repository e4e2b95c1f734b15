// @vitest-environment node
// examples/embed-html/four-widgets.html, elements added and removed as a CMS page or a single-page app
// does: 50 mount/unmount cycles of the four linked elements (the map with `sync-url`) leave no listener
// on window or document, no group in the page-wide registry and no store's signals behind; an element
// moved in the DOM keeps its group's state. Built bundle, strict CSP, Debian's Chromium.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { CDPSession, Page } from 'playwright-core'
import { cspViolations, openSite, watchedPage, type Site } from './atlas-browser.js'
import { allReady, IDS, PAGE } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())


/** The names of the groups the page-wide registry holds. */
const groups = (page: Page) => page.evaluate(() => (window as unknown as Record<symbol, { names(): string[] }>)[Symbol.for('atlas-culture.groups@1')]!.names().sort())

/** Listeners on window and on document, by type (CDP, as DevTools lists them). */
async function listeners(cdp: CDPSession): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target, objectGroup: 'leak-test' })
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 })
    out[target] = listeners.map((l) => l.type).sort()
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leak-test' })
  return out
}

/** After a full garbage collection, the number of live objects built on the signals' prototype (saved by the test as `__signal`). */
async function liveSignals(cdp: CDPSession): Promise<number> {
  // Twice: a store and its channel hold each other, and this copy's WeakMap keys the store by its
  // channel; one collection did not always take them all.
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  // The objects CDP hands out stay alive until their group is released: released before counting again.
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__signal', objectGroup: 'leak-test' })
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId!, objectGroup: 'leak-test' })
  const { result: count } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length }', returnByValue: true, objectGroup: 'leak-test' })
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leak-test' })
  return count.value as number
}

/**
 * {@link liveSignals} once at most `most` remain, or the last count after 20 tries: between tries the page
 * goes idle (requests, timers and queued renders of the removed elements may still hold them a while on
 * a loaded machine).
 */
async function settledSignals(page: Page, cdp: CDPSession, most: number): Promise<number> {
  let count = await liveSignals(cdp)
  for (let attempt = 0; attempt < 20 && count > most; attempt++) {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })))
    count = await liveSignals(cdp)
  }
  return count
}

/** Takes the four elements out of the page (kept as templates) and waits for their group to be released. */
async function unmount(page: Page): Promise<void> {
  await page.evaluate((ids) => {
    const w = window as unknown as { __templates?: Node[] }
    const found = ids.map((id) => document.querySelector(id)!)
    w.__templates ??= found.map((el) => el.cloneNode(true))
    for (const el of found) el.remove()
  }, IDS)
  // A group is released at the end of the task its last element left in.
  await page.waitForFunction(() => (window as unknown as Record<symbol, { names(): string[] }>)[Symbol.for('atlas-culture.groups@1')]!.names().length === 0)
}

/** Puts fresh copies of the four elements back and waits for each to be drawn. */
async function mount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const article = document.querySelector('article')!
    for (const t of (window as unknown as { __templates: Node[] }).__templates) article.append(t.cloneNode(true))
  })
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
}

it('50 mount/unmount cycles of the four linked elements (map with sync-url) leak no listener on window or document, no group and no store', { timeout: 300_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  const cdp = await page.context().newCDPSession(page)
  await page.goto(`${site.base}${PAGE}`)
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  expect(await groups(page)).toEqual(['culture'])
  // The prototype of the group's signals (held alone, it keeps no signal alive).
  await page.evaluate(() => {
    const map = document.querySelector('#carte') as unknown as { groupStore: { selected: object } }
    ;(window as unknown as { __signal: object }).__signal = Object.getPrototypeOf(map.groupStore.selected)
  })
  // The sync-url part is loaded: its popstate listener is there while the map is.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('culture.level') === 'departement')
  expect((await listeners(cdp)).window).toContain('popstate')

  // Baseline after one cycle of fresh copies (the page's first elements may still be held by the parser's
  // and the first paint's queues): no group, and fewer live signals than one store has (5).
  await unmount(page)
  await mount(page)
  await unmount(page)
  const baseline = { listeners: await listeners(cdp), signals: await settledSignals(page, cdp, 4) }
  expect(baseline.listeners.window).not.toContain('popstate')
  expect(baseline.signals).toBeLessThan(5)

  for (let cycle = 0; cycle < 50; cycle++) {
    await mount(page)
    // State in the group on the way: a selection (kept in the address) and a hover.
    if (cycle % 10 === 0) {
      await page.locator('#carte path[data-code="29"]').click()
      await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Finistère')
      await page.locator('#carte path[data-code="22"]').hover()
    }
    await unmount(page)
  }

  expect(await groups(page)).toEqual([])
  expect(await listeners(cdp)).toEqual(baseline.listeners)
  // Each group store is 5 signals: 50 cycles leaking one each would be 250.
  expect(await settledSignals(page, cdp, baseline.signals)).toBeLessThanOrEqual(baseline.signals)
  expect(await cspViolations(page)).toEqual([])
  expect(problems).toEqual([])

  // And the widgets still work after all that: mounted again, linked, the address's selection restored.
  await mount(page)
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected="29"]'))
  await page.locator('#carte path[data-code="88"]').click()
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="88"]'))
  await page.context().close()
})

it('an element moved in the DOM keeps its group’s state: the map and the ranking moved after a selection still show it, the group never released', { timeout: 120_000 }, async () => {
  const { page, problems } = await watchedPage(site)
  await page.goto(`${site.base}${PAGE}`)
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  await page.locator('#carte path[data-code="88"]').click()
  await page.waitForFunction(() => document.querySelector('#portrait')!.shadowRoot!.querySelector('.atlas-portrait__name')!.textContent === 'Vosges')
  // Moved in one task: the table and the portrait first, then the map and the ranking at the end.
  const kept = await page.evaluate(async () => {
    const article = document.querySelector('article')!
    for (const id of ['#tableau', '#portrait', '#carte', '#classement']) article.append(document.querySelector(id)!)
    // After the task the group would be released in, had it lost its last element.
    await new Promise((done) => setTimeout(done))
    return (window as unknown as Record<symbol, { names(): string[] }>)[Symbol.for('atlas-culture.groups@1')]!.names()
  })
  expect(kept).toEqual(['culture'])
  expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
  await page.waitForFunction(() => document.querySelector('#carte')!.shadowRoot!.querySelector('[data-selected="88"]'))
  await page.waitForFunction(() => document.querySelector('#classement')!.shadowRoot!.querySelector('.atlas-ranking__item.is-selected[data-code="88"]'))
  expect(await page.locator('#portrait .atlas-portrait__name').textContent()).toBe('Vosges')
  expect(problems).toEqual([])
  await page.context().close()
})

// @vitest-environment node
// The comparison table's buttons (its sort headers and its « CSV » download) in the built script-tag
// bundle, light and dark: the download button looks like the map's and the ranking's (not the
// browser's grey button, in the browser's small font), and every button's keyboard focus is the
// widgets' ring.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSite, watchedPage, type Site } from './atlas-browser.js'
import { allReady } from './four-widgets-page.js'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

/** What the reader sees of a button of the element `host`: colours, border, font size, and its focus ring once focused by the keyboard. */
async function look(page: Page, host: string, button: string) {
  // Focus by the keyboard (Tab from the button before), so that :focus-visible applies.
  await page.evaluate(([h, b]) => {
    const root = document.querySelector(h!)!.shadowRoot!
    const all = [...root.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')]
    const target = root.querySelector<HTMLElement>(b!)!
    all[all.indexOf(target) - 1]!.focus()
  }, [host, button])
  await page.keyboard.press('Tab')
  return page.evaluate(([h, b]) => {
    const el = document.querySelector(h!)!.shadowRoot!.querySelector<HTMLElement>(b!)!
    const s = getComputedStyle(el)
    return { focused: el.matches(':focus-visible'), color: s.color, background: s.backgroundColor, border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, fontSize: s.fontSize, outline: `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` }
  }, [host, button])
}

for (const file of ['four-widgets', 'dark']) {
  it(`${file}.html: the table’s CSV button looks like the map’s; its sort and CSV buttons take the widgets’ focus ring`, { timeout: 120_000 }, async () => {
    const { page, problems } = await watchedPage(site)
    await page.goto(`${site.base}embed-html/${file}.html`)
    expect(await allReady(page)).toEqual(['ready', 'ready', 'ready', 'ready'])
    const map = await look(page, '#carte', 'button[data-format="csv"]')
    expect(map.focused).toBe(true)
    const csv = await look(page, '#tableau', 'button[data-format="csv"]')
    expect(csv).toEqual(map)
    const sort = await look(page, '#tableau', 'thead button')
    expect(sort.focused).toBe(true)
    expect(sort.outline).toBe(map.outline)
    expect(problems).toEqual([])
  })
}

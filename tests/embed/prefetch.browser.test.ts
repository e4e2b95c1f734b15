import { afterEach, describe, expect, it } from 'vitest'
import { prefetch } from '../../src/embed/prefetch.js'

const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => [l.href, l.as, l.crossOrigin])
const element = (html: string) => {
  const box = document.body.appendChild(document.createElement('div'))
  box.innerHTML = html
  return box.firstElementChild!
}
// Each test asks for URLs no other test asks for: the page remembers what it asked for.
let n = 0
const unique = () => `/prefetch-${++n}`

afterEach(() => {
  for (const l of document.head.querySelectorAll('link[rel="preload"]')) l.remove()
  document.body.replaceChildren()
})

describe('prefetch', () => {
  it('without a geometry URL, asks only for the data, resolved against the page', () => {
    const src = `${unique()}.csv`
    prefetch([element(`<atlas-map src="${src}"></atlas-map>`)])
    expect(links()).toEqual([[new URL(src, document.baseURI).href, 'fetch', 'anonymous']])
  })

  it('asks for a map\'s geometry, each child indicator\'s data, and each URL once whoever asks again', () => {
    const [geo, a, b] = [`${unique()}.json`, `${unique()}.csv`, `${unique()}.csv`]
    const map = element(`<atlas-map src="${a}"></atlas-map>`)
    const table = element(`<atlas-table><atlas-indicator src="${a}"></atlas-indicator><atlas-indicator src="${b}"></atlas-indicator></atlas-table>`)
    prefetch([map], new URL(geo, document.baseURI).href)
    prefetch([table], new URL(geo, document.baseURI).href)
    expect(links().map(([href]) => new URL(href!).pathname)).toEqual([a, geo, b])
  })

  it('asks for no geometry for a widget that is not a map, and nothing for an element without data', () => {
    prefetch([element('<atlas-ranking></atlas-ranking>'), element('<atlas-map></atlas-map>')], new URL(`${unique()}.json`, document.baseURI).href)
    expect(links()).toHaveLength(1)
  })

  it('asks for no national geometry for a map of communes or EPCI, which draws from files of its own', () => {
    const geo = new URL(`${unique()}.json`, document.baseURI).href
    const maps = ['commune', 'epci', 'departement', 'region', ''].map((level) => element(`<atlas-map src="${unique()}.csv" level="${level}"></atlas-map>`))
    prefetch(maps.slice(0, 2), geo)
    expect(links().map(([href]) => href)).not.toContain(geo)
    prefetch(maps.slice(2), geo)
    expect(links().filter(([href]) => href === geo)).toHaveLength(1)
  })

  it('does not ask for what the adapters would refuse or cannot read, and throws nothing', () => {
    const els = ['http://[oops', 'data:text/csv,a', 'ftp://example.org/x.csv', ''].map((src) => element(`<atlas-map src="${src}"></atlas-map>`))
    expect(() => prefetch(els)).not.toThrow()
    expect(links()).toEqual([])
  })

  it('the element\'s own fetch of the URL takes the preloaded response: one request, made by the link', async () => {
    const url = new URL(`/tests/embed/prefetch.browser.test.ts?n=${++n}`, document.baseURI).href
    prefetch([element(`<atlas-map src="${url}"></atlas-map>`)])
    const link = document.head.querySelector<HTMLLinkElement>(`link[href="${url}"]`)!
    await new Promise((r) => link.addEventListener('load', r, { once: true }))
    expect((await fetch(url)).ok).toBe(true)
    const requests = () => performance.getEntriesByName(url).map((e) => (e as PerformanceResourceTiming).initiatorType)
    await expect.poll(requests).toEqual(['link'])
  })
})

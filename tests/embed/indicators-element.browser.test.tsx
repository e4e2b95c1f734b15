import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AtlasPortraitElement } from '../../src/embed/atlas-portrait.js'
import { AtlasTableElement } from '../../src/embed/atlas-table.js'
import { defineElement } from '../../src/embed/define.js'
import type { AtlasElement } from '../../src/embed/element.js'
import { useBuiltAssets } from '../../stories/fixtures/cultural-share.js'

const SHARE = { src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv', value: "Nombre d'actifs dans les secteurs culturels", label: 'Secteurs culturels' }
const JOBS = { src: '/data/deps/actifs-exercant-une-profession-culturelle/departement.csv', value: "Nombre d'actifs exerçant une profession culturelle", label: 'Professions culturelles' }
// Written once on the parent, taken by each child.
const PARENT = { level: 'departement', code: 'Code Insee', per: "Nombre total d'actifs", scale: '100', unit: '%' }

beforeAll(() => {
  useBuiltAssets()
  defineElement('atlas-table', AtlasTableElement)
  defineElement('atlas-portrait', AtlasPortraitElement)
})
afterEach(() => document.body.replaceChildren())

type Element_ = AtlasElement<never, unknown> & HTMLElement
function mount(tag: string, attrs: Record<string, string>, children: Record<string, string>[]): Element_ {
  const el = document.createElement(tag) as Element_
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  for (const c of children) {
    const child = document.createElement('atlas-indicator')
    for (const [k, v] of Object.entries(c)) child.setAttribute(k, v)
    el.append(child)
  }
  const page = document.createElement('div')
  page.lang = 'fr'
  page.append(el)
  document.body.append(page)
  return el
}
const settled = async (el: Element_) => {
  await vi.waitFor(() => expect(el.state === 'ready' || el.state === 'error').toBe(true), { timeout: 20_000 })
  return el.settled
}
const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, ''))

describe('<atlas-indicator> children (Chromium)', () => {
  it('one column per child, in order, each attribute it lacks taken from its parent; a child changed, added or removed reloads the element', async () => {
    const el = mount('atlas-table', PARENT, [SHARE, JOBS])
    expect(await settled(el)).toBe('ready')
    expect(headers(el)).toEqual(['Territoire', 'Secteurs culturels (%)', 'Professions culturelles (%)'])
    // Finistère: the parent's scale and per applied to the child's value column.
    const text = await (await fetch(SHARE.src)).text()
    const [, , num, den] = text.split(/\r?\n/).find((l) => l.split(',')[1] === '29')!.split(',')
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'Finistère')!
    expect(row.querySelectorAll('td')[0]!.textContent).toContain(((Number(num) / Number(den)) * 100).toFixed(1).replace('.', ','))

    el.querySelector('atlas-indicator')!.setAttribute('label', 'Part des secteurs')
    await vi.waitFor(() => expect(headers(el)[1]).toBe('Part des secteurs (%)'))
    el.querySelector('atlas-indicator')!.remove()
    await vi.waitFor(() => expect(headers(el)).toEqual(['Territoire', 'Professions culturelles (%)']))
    expect(await settled(el)).toBe('ready')
    const result = await axe.run(el.shadowRoot!.querySelector('.atlas-cmp')!, { resultTypes: ['violations'] })
    expect(result.violations.map((v) => v.id)).toEqual([])
  })

  it('without children, the element’s own attributes are its one indicator', async () => {
    const el = mount('atlas-table', { ...PARENT, ...SHARE }, [])
    expect(await settled(el)).toBe('ready')
    expect(headers(el)).toEqual(['Territoire', 'Secteurs culturels (%)'])
  })

  it('an invalid or incomplete child fails its element inline, naming the child, in the page’s language', async () => {
    const bad = mount('atlas-table', PARENT, [SHARE, { ...JOBS, scale: 'cent' }])
    expect(await settled(bad)).toBe('error')
    expect(bad.shadowRoot!.querySelector('.atlas-error__text')!.textContent).toBe('Attribut atlas-indicator[2] scale\u00a0: la valeur « cent » n’est pas valide (attendu : un nombre).')
    const { value: _, ...noValue } = JOBS
    const incomplete = mount('atlas-portrait', { ...PARENT, territory: '29' }, [SHARE, noValue])
    expect(await settled(incomplete)).toBe('error')
    expect(incomplete.shadowRoot!.querySelector('code')!.textContent).toBe('invalid atlas-indicator[2] value: null (expected a column name)')
  })

  it('a portrait of two figures from its children, its territory from its attributes', async () => {
    const el = mount('atlas-portrait', { ...PARENT, territory: '35', 'heading-level': '3' }, [SHARE, JOBS])
    expect(await settled(el)).toBe('ready')
    const heading = el.shadowRoot!.querySelector('h3.atlas-portrait__name')!
    expect(heading.textContent).toBe('Ille-et-Vilaine')
    expect([...el.shadowRoot!.querySelectorAll('.atlas-portrait__label')].map((p) => p.firstChild!.textContent)).toEqual(['Secteurs culturels', 'Professions culturelles'])
  })
})

import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AtlasTableElement } from '../../src/embed/atlas-table.js'
import { defineElement } from '../../src/embed/define.js'
import { useBuiltAssets } from '../../stories/fixtures/cultural-share.js'
import { mountInFrench } from './fixtures.js'

const SRC = '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv'
const DATA = { src: SRC, level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels", per: "Nombre total d'actifs", scale: '100', unit: '%', label: 'Secteurs culturels' }

beforeAll(() => {
  useBuiltAssets()
  defineElement('atlas-table', AtlasTableElement)
})
afterEach(() => document.body.replaceChildren())

const mount = (attrs: Record<string, string>) => mountInFrench<AtlasTableElement>('atlas-table', attrs)
const settled = async (el: AtlasTableElement) => {
  await vi.waitFor(() => expect(el.state === 'ready' || el.state === 'error').toBe(true), { timeout: 20_000 })
  return el.settled
}
const fr = (n: number) => n.toFixed(1).replace('.', ',').replace('-', '−')
/** The row headed `name`. */
const row = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === name)

describe('<atlas-table> reference attribute (Chromium)', () => {
  it('reference="parent": the region shown pinned on top, pooled from the file’s numerators and denominators, and each gap to it', async () => {
    const el = mount({ ...DATA, within: 'region:53', columns: 'gap', reference: 'parent' })
    expect(await settled(el)).toBe('ready')
    // Independent of the adapters: Bretagne = Σ workers / Σ workers of all sectors over its four départements.
    const lines = (await (await fetch(SRC)).text()).split(/\r?\n/).map((l) => l.split(','))
    const share = (code: string) => {
      const [, , num, den] = lines.find((l) => l[1] === code)!
      return [Number(num), Number(den)] as const
    }
    const parts = ['22', '29', '35', '56'].map(share)
    const bretagne = (parts.reduce((s, p) => s + p[0], 0) / parts.reduce((s, p) => s + p[1], 0)) * 100
    const pinned = el.shadowRoot!.querySelector('tr.atlas-cmp__ref')!
    expect(pinned.querySelector('th')!.textContent).toBe('Bretagne')
    expect(pinned.querySelectorAll('td')[0]!.textContent).toContain(`${fr(bretagne)}\u00a0%`)
    const [num, den] = share('29')
    const gap = (num / den) * 100 - bretagne
    expect(row(el, 'Finistère')!.querySelectorAll('td')[1]!.textContent).toBe(`${gap > 0 ? '+' : '−'}${fr(Math.abs(gap))}\u00a0pt`)
    const result = await axe.run(el.shadowRoot!.querySelector('.atlas-cmp')!, { resultTypes: ['violations'] })
    expect(result.violations.map((v) => v.id)).toEqual([])

    // Changed to France entière: the pooled value of all 101 départements.
    el.setAttribute('reference', 'france')
    const all = lines.slice(1).filter((l) => l.length === 4)
    const nation = (all.reduce((s, l) => s + Number(l[2]), 0) / all.reduce((s, l) => s + Number(l[3]), 0)) * 100
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('tr.atlas-cmp__ref th')?.textContent).toBe('France entière'))
    expect(el.shadowRoot!.querySelector('tr.atlas-cmp__ref td')!.textContent).toContain(`${fr(nation)}\u00a0%`)
  })

  it('an invalid reference shows the inline message naming the attribute, in the page’s language', async () => {
    const el = mount({ ...DATA, reference: 'région' })
    expect(await settled(el)).toBe('error')
    expect(el.shadowRoot!.querySelector('.atlas-error__text')!.textContent).toBe('Attribut reference\u00a0: la valeur « région » n’est pas valide (attendu : une valeur parmi france, parent).')
    const en = mount({ ...DATA, reference: 'nation', lang: 'en' })
    expect(await settled(en)).toBe('error')
    expect(en.shadowRoot!.textContent).toContain('Widget unavailable')
    expect(en.shadowRoot!.querySelector('.atlas-error__text')!.textContent).toContain('reference')
  })
})

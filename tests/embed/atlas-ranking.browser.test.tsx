import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AtlasMapElement } from '../../src/embed/atlas-map.js'
import { AtlasRankingElement } from '../../src/embed/atlas-ranking.js'
import { defineElement } from '../../src/embed/define.js'
import { useBuiltAssets } from '../../stories/fixtures/cultural-share.js'
import { mountInFrench } from './fixtures.js'

const DATA = {
  src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv',
  level: 'departement',
  code: 'Code Insee',
  value: "Nombre d'actifs dans les secteurs culturels",
  per: "Nombre total d'actifs",
  scale: '100',
  unit: '%',
}

beforeAll(() => {
  useBuiltAssets()
  defineElement('atlas-map', AtlasMapElement)
  defineElement('atlas-ranking', AtlasRankingElement)
})
afterEach(() => document.body.replaceChildren())

const mount = (tag: string, attrs: Record<string, string>) => mountInFrench<AtlasRankingElement>(tag, attrs)
const settled = async (el: AtlasRankingElement) => {
  await vi.waitFor(() => expect(el.state === 'ready' || el.state === 'error').toBe(true), { timeout: 20_000 })
  return el.settled
}

describe('<atlas-ranking> from source (Chromium)', () => {
  it('draws the départements of a region, top bars in order, from the data attributes plus limit and order', async () => {
    const el = mount('atlas-ranking', { ...DATA, within: 'region:53', order: 'asc', limit: 'all' })
    expect(await settled(el)).toBe('ready')
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.atlas-ranking__bar-button')]
    expect(bars).toHaveLength(4)
    expect(bars.at(-1)!.textContent).toMatch(/, 1ᵉʳ sur 4$/)
    const result = await axe.run(el.shadowRoot!.querySelector('.atlas-ranking')!, { resultTypes: ['violations'] })
    expect(result.violations.map((v) => v.id)).toEqual([])
  })

  it('shows an inline message naming an invalid attribute, in the page’s language', async () => {
    const el = mount('atlas-ranking', { ...DATA, limit: 'dix' })
    expect(await settled(el)).toBe('error')
    expect(el.shadowRoot!.textContent).toContain('Widget indisponible')
    expect(el.shadowRoot!.textContent).toContain('limit')
    const en = mount('atlas-ranking', { ...DATA, color: 'rouge;}', lang: 'en' })
    expect(await settled(en)).toBe('error')
    expect(en.shadowRoot!.textContent).toContain('Widget unavailable')
    expect(en.shadowRoot!.textContent).toContain('color')
  })

  it('in a group with <atlas-map>: a département clicked on the map is selected in the ranking and shown after the gap', async () => {
    const map = mount('atlas-map', { ...DATA, group: 'ranking-test' })
    const ranking = mount('atlas-ranking', { ...DATA, group: 'ranking-test' })
    expect(await settled(map as never)).toBe('ready')
    expect(await settled(ranking)).toBe('ready')
    const shape = map.shadowRoot!.querySelector<SVGPathElement>('.atlas-map__shapes path[data-code="29"]')!
    shape.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await vi.waitFor(() => expect(ranking.shadowRoot!.querySelector('.atlas-ranking__item.is-selected')?.getAttribute('data-code')).toBe('29'))
  })
})

import { cleanup, render } from '@testing-library/preact'
import { render as preactRender } from 'preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { PortraitCard } from '../../../src/components/portrait/PortraitCard.js'
import type { PortraitFigureInput } from '../../../src/components/portrait/compute.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { portraitFigures } from '../../../stories/fixtures/portrait.js'
import { useBuiltAssets } from '../../../stories/fixtures/cultural-share.js'
import { draw } from '../map/fixtures.js'

let departements: PortraitFigureInput[]
beforeAll(async () => {
  useBuiltAssets()
  departements = await portraitFigures('departement')
})
afterEach(cleanup)

async function noViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => requestAnimationFrame(r))
  expect(check()).toBe(true)
}

describe('PortraitCard (Chromium)', () => {
  it('is styled in the task that renders it, before its first paint (not shown unstyled, then restyled a frame later)', () => {
    // Preact's own render: its layout effects run before it returns, its passive effects after the next frame.
    const host = document.body.appendChild(document.createElement('div'))
    const root = host.attachShadow({ mode: 'open' })
    preactRender(<PortraitCard territory={{ level: 'departement', code: '29' }} figures={departements} />, root)
    const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')
    expect(css).toContain('.atlas-portrait')
    preactRender(null, root)
    host.remove()
  })

  it('defaults: an h2 named after the territory, the four figures with their sentences, a located département', async () => {
    const { container, ...card } = await draw((onReady) => <PortraitCard territory={{ level: 'departement', code: '29' }} figures={departements} onReady={onReady} />)
    const heading = card.getByRole('heading', { level: 2 })
    expect(heading.textContent).toBe('Finistère')
    expect(container.querySelector('article')!.getAttribute('aria-labelledby')).toBe(heading.id)
    expect(container.querySelector('.atlas-portrait__subtitle')!.textContent).toBe('département, Bretagne')
    const figures = container.querySelectorAll('.atlas-portrait__figure')
    expect(figures).toHaveLength(4)
    expect(figures[0]!.querySelector('.atlas-portrait__sentence')!.textContent).toMatch(/^Avec \d+,\d\s% d’actifs dans les secteurs culturels, le Finistère se situe /)
    expect(container.querySelector('.atlas-portrait__locator-target')!.getAttribute('data-code')).toBe('29')
    expect(card.getByRole('img', { name: 'Localisation : Finistère, département, Bretagne' })).toBeTruthy()
    await noViolations(container)
  })

  it('renders HTML and javascript: links from the analysis and from names as inert text', async () => {
    const hostile = await portraitFigures('departement', (l) => `${l} <img src=x onerror="window.__pwned=1">`)
    const analysis = 'Texte <script>window.__pwned=2</script> et <img src=x onerror="window.__pwned=3">\n\n[lien](javascript:window.__pwned=4) et [site](https://www.culture.gouv.fr/)'
    const { container, getByRole } = await draw((onReady) => <PortraitCard territory={{ level: 'departement', code: '974' }} figures={hostile} analysis={analysis} headingLevel={3} onReady={onReady} />)
    expect(container.querySelectorAll('img, script')).toHaveLength(0)
    expect(container.textContent).toContain('<script>window.__pwned=2</script>')
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned=1">')
    const links = [...container.querySelectorAll('.atlas-portrait__analysis a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.culture.gouv.fr/'])
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
    expect(getByRole('heading', { level: 3 }).textContent).toBe('La Réunion')
  })

  it('follows the map of its group: a click on a département changes the portrait and announces it', async () => {
    const store = createSelectionStore()
    const table = departements[0]!.table
    let mapReady!: () => void
    const drawn = new Promise<void>((r) => (mapReady = r))
    const { container } = render(
      <main>
        <ChoroplethMap table={table} store={store} onReady={mapReady} />
        <PortraitCard territory={{ level: 'departement', code: '29' }} figures={departements} store={store} />
      </main>,
    )
    await drawn
    const portrait = container.querySelector<HTMLElement>('.atlas-portrait')!
    expect(portrait.querySelector('h2')!.textContent).toBe('Finistère')
    const gironde = container.querySelector<SVGPathElement>('.atlas-map__shapes path[data-code="33"]')!
    gironde.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await until(() => portrait.querySelector('h2')!.textContent === 'Gironde')
    expect(portrait.dataset.territory).toBe('33')
    expect(portrait.querySelector('[aria-live="polite"]')!.textContent).toBe('Gironde, département, Nouvelle-Aquitaine')
    expect(portrait.querySelector('.atlas-portrait__sentence')!.textContent).toMatch(/la Gironde se situe/)
    await until(() => portrait.querySelector('.atlas-portrait__locator-target')?.getAttribute('data-code') === '33')
    await noViolations(portrait)
  })

  it('France: its own portrait at 320 px, with no parent and the regions’ spread', async () => {
    const regions = await portraitFigures('region')
    document.body.style.width = '320px'
    try {
      const { container } = await draw((onReady) => <PortraitCard territory={{ level: 'france' }} figures={regions} lang="en" onReady={onReady} />)
      expect(container.querySelector('h2')!.textContent).toBe('France')
      expect(container.querySelector('.atlas-portrait__sentence')!.textContent).toMatch(/^With .* France is (above|below|level with) the value of metropolitan France/)
      expect(container.querySelector('.atlas-portrait')!.scrollWidth).toBeLessThanOrEqual(320)
      await noViolations(container)
    } finally {
      document.body.style.width = ''
    }
  })
})

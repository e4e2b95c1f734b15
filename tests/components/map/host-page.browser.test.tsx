import { cleanup } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { axTree } from '../../support/ax-tree.js'
import { culturalShare, draw, useBuiltAssets, withMissing } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(async () => {
  cleanup()
  document.documentElement.removeAttribute('style')
  await page.viewport(414, 896)
})

// axe over a whole page with a 101-row table takes tens of seconds on a busy machine: hence the longer timeout.
// Two maps of one indicator and level need their own `id` (element ids derive from the indicator).
// A ministry-like page around the maps: its own header, navigation, main content and footer. The dark
// theme is what a host sets today: a dark page and the map's colour properties.
const DARK = { background: '#161616', color: '#f6f6f6', '--atlas-text': '#f6f6f6', '--atlas-text-muted': '#cecece', '--atlas-outline': '#929292' }

/** Two maps on a host page; resolves once both have drawn. */
async function hostPage() {
  let second!: () => void
  const both = new Promise<void>((r) => (second = r))
  const result = await draw((onReady) => (
    <>
      <header>
        <p>Ministère de la Culture</p>
      </header>
      <nav aria-label="Menu principal">
        <a href="#cartes" style={{ color: 'inherit' }}>
          Cartes
        </a>
      </nav>
      <main id="cartes">
        <h1>Atlas des territoires</h1>
        <ChoroplethMap table={table} onReady={onReady} showTable />
        <ChoroplethMap table={withMissing(table, { '29': 'secret' })} title="Part des actifs (avec secret)" id="carte-secret" onReady={() => second()} />
      </main>
      <footer>
        <p>Mentions légales</p>
      </footer>
    </>
  ))
  await both
  return result
}

async function violations() {
  const result = await axe.run(document, { resultTypes: ['violations'] })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('two maps on a host page with its own landmarks (RGAA 9.2)', () => {
  it('adds no landmark of its own: no second contentinfo, no unnamed or duplicate navigation', async () => {
    const { container } = await hostPage()
    expect(container.querySelectorAll('footer')).toHaveLength(1)
    expect(container.querySelectorAll('nav, [role="navigation"], [role="contentinfo"]')).toHaveLength(1)
    // The one region a map adds: its open data table, named by its caption (which names the map).
    const regions = [...container.querySelectorAll('[role="region"]')]
    expect(regions.map((r) => r.className)).toEqual(['atlas-table-wrap'])
    expect(document.getElementById(regions[0]!.getAttribute('aria-labelledby')!)!.tagName).toBe('CAPTION')
  })

  it('names each figure by its title in the accessibility tree', async () => {
    await hostPage()
    const figures = (await axTree()).filter((n) => n.role?.value === 'figure').map((n) => n.name?.value)
    expect(figures).toEqual(['Part des actifs dans les secteurs culturels', 'Part des actifs (avec secret)'])
  })

  it.each([
    [1280, 'light'],
    [1280, 'dark'],
    [320, 'light'],
    [320, 'dark'],
  ] as const)('axe-core finds no violation at %i px, %s theme, at rest and with a territory selected', async (width, theme) => {
    await page.viewport(width, 900)
    if (theme === 'dark') for (const [k, v] of Object.entries(DARK)) document.documentElement.style.setProperty(k, v)
    const { container } = await hostPage()
    expect(await violations()).toEqual([])
    container.querySelector<HTMLElement>('[role="application"]')!.focus()
    await userEvent.keyboard('Fin{Enter}')
    expect(await violations()).toEqual([])
  }, 120_000)
})

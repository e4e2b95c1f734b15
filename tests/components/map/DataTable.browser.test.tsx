import { cleanup } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { axTree } from '../../support/ax-tree.js'
import { culturalShare, draw, useBuiltAssets, withMissing } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(async () => {
  cleanup()
  await page.viewport(414, 896)
})

const currentRows = (c: Element) => [...c.querySelectorAll('.atlas-table tbody tr[aria-current="true"]')].map((r) => r.querySelector('th')!.textContent)

describe('the map data table', () => {
  it('marks the selected territory’s row aria-current, and only it, as the selection changes (RGAA 7.1)', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ChoroplethMap table={table} store={store} showTable onReady={onReady} />)
    expect(currentRows(container)).toEqual([])
    container.querySelector<HTMLElement>('[role="application"]')!.focus()
    await userEvent.keyboard('Fin{Enter}')
    await expect.poll(() => currentRows(container)).toEqual(['Finistère'])
    // Another selection, from elsewhere in the group: the mark moves.
    store.selected.value = '33'
    await expect.poll(() => currentRows(container)).toEqual(['Gironde'])
    await userEvent.keyboard('{Escape}{Escape}')
    await expect.poll(() => currentRows(container)).toEqual([])
  })

  it('sorts from buttons in its headers (aria-sort), missing values last, and keeps the selected row marked', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ChoroplethMap table={table} store={store} showTable onReady={onReady} />)
    const heads = () => [...container.querySelectorAll('.atlas-table thead th')]
    const sortOf = () => heads().map((th) => th.getAttribute('aria-sort'))
    const column = (i: number) => [...container.querySelectorAll('.atlas-table tbody tr')].map((tr) => tr.children[i]!.textContent!)
    // By name at first (the map's order), no column sorted yet; each header holds a button.
    expect(sortOf()).toEqual(['none', 'none', 'none', 'none', 'none'])
    expect(heads().map((th) => th.querySelector('button') !== null)).toEqual([true, true, true, true, true])
    expect(column(0)[0]).toBe('Ain')
    store.selected.value = '29'
    const value = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'))
    const byValue = (texts: string[]) => texts.map(value)
    // Figures largest first, then reversed; the rank column follows (1ᵉʳ first).
    await userEvent.click(heads()[2]!.querySelector('button')!)
    await expect.poll(sortOf).toEqual(['none', 'none', 'descending', 'none', 'none'])
    const down = byValue(column(2))
    expect(down).toHaveLength(101)
    expect(down).toEqual([...down].sort((a, b) => b - a))
    expect(column(3)[0]).toMatch(/^1/)
    expect(currentRows(container)).toEqual(['Finistère'])
    await userEvent.click(heads()[2]!.querySelector('button')!)
    await expect.poll(sortOf).toEqual(['none', 'none', 'ascending', 'none', 'none'])
    expect(byValue(column(2))).toEqual([...down].reverse())
    // By code, as text: Corse's 2A and 2B after 29, the overseas départements last.
    await userEvent.click(heads()[1]!.querySelector('button')!)
    await expect.poll(sortOf).toEqual(['none', 'ascending', 'none', 'none', 'none'])
    expect(column(1)).toEqual([...column(1)].sort())
    expect([column(1)[0], column(1).at(-1)]).toEqual(['01', '976'])
    expect(currentRows(container)).toEqual(['Finistère'])
  })

  it('says missing values in words and puts them last whichever the direction', async () => {
    const missing = withMissing(table, { '29': 'secret', '75': 'secret', '976': 'not-available', '48': 'not-applicable' })
    const { container } = await draw((onReady) => <ChoroplethMap table={missing} showTable onReady={onReady} />)
    const values = () => [...container.querySelectorAll('.atlas-table tbody tr')].map((tr) => tr.children[2]!)
    const words = values().filter((td) => !td.classList.contains('atlas-num')).map((td) => td.textContent)
    expect(words.sort()).toEqual(['Donnée non disponible', 'Sans objet', 'Secret statistique', 'Secret statistique'])
    const button = container.querySelector<HTMLElement>('.atlas-table thead th:nth-child(3) button')!
    for (const direction of ['descending', 'ascending']) {
      await userEvent.click(button)
      await expect.poll(() => button.parentElement!.getAttribute('aria-sort')).toBe(direction)
      const numeric = values().map((td) => td.classList.contains('atlas-num'))
      // Every figure before every missing value.
      expect(numeric).toEqual([...numeric].sort((a, b) => Number(b) - Number(a)))
    }
  })

  it('at 320 px scrolls sideways from the keyboard: a tab stop after the toggle, a region named by its caption', async () => {
    await page.viewport(320, 800)
    // A host page's usual side padding (DSFR's container: 1rem) leaves the table 288 px.
    const { container } = await draw((onReady) => (
      <div style={{ padding: '0 1rem' }}>
        <ChoroplethMap table={table} showTable onReady={onReady} />
      </div>
    ))
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    // It does scroll at this width: the test is about a real overflow.
    expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth)
    container.querySelector<HTMLElement>('.atlas-map__toggle')!.focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(wrap)
    // One arrow at a time until it scrolls: under load Chromium may drop a key or end a scroll animation late.
    await expect
      .poll(async () => {
        await userEvent.keyboard('{ArrowRight}')
        return wrap.scrollLeft
      })
      .toBeGreaterThan(0)
    expect(document.activeElement).toBe(wrap)
    const caption = wrap.querySelector('caption')!.textContent
    expect((await axTree()).filter((n) => n.role?.value === 'region').map((n) => n.name?.value)).toEqual([caption])
    const result = await axe.run(wrap, { runOnly: ['scrollable-region-focusable', 'region', 'landmark-unique'] })
    expect(result.violations.map((v) => v.id)).toEqual([])
  })
})

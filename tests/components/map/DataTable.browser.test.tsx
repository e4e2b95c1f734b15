import { cleanup } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { axTree } from '../../support/ax-tree.js'
import { culturalShare, draw, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(async () => {
  cleanup()
  await page.viewport(414, 896)
})

const currentRows = (c: Element) => [...c.querySelectorAll('.atlas-map__table tbody tr[aria-current="true"]')].map((r) => r.querySelector('th')!.textContent)

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

  it('at 320 px scrolls sideways from the keyboard: a tab stop after the toggle, a region named by its caption', async () => {
    await page.viewport(320, 800)
    // A host page's usual side padding (DSFR's container: 1rem) leaves the table 288 px.
    const { container } = await draw((onReady) => (
      <div style={{ padding: '0 1rem' }}>
        <ChoroplethMap table={table} showTable onReady={onReady} />
      </div>
    ))
    const wrap = container.querySelector<HTMLElement>('.atlas-map__table-wrap')!
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

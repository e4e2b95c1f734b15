import { cleanup, render } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { setAssetBase } from '../../../src/core/assets.js'
import { axTree } from '../../support/ax-tree.js'
import { culturalShare, draw, useBuiltAssets, withMissing } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(cleanup)


async function noViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const focusedCode = (c: Element) => c.querySelector<SVGPathElement>('.atlas-map__focus')?.dataset.focused

describe('keyboard journey', () => {
  it('tabs in, arrows to a neighbour, types a name, selects, closes the tooltip, tabs out', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => (
      <>
        <button type="button">avant</button>
        <ChoroplethMap table={table} store={store} onReady={onReady} />
      </>
    ))
    const app = container.querySelector<HTMLElement>('[role="application"]')!
    container.querySelector<HTMLButtonElement>('button')!.focus()
    await userEvent.tab() // the area chooser
    await userEvent.tab()
    expect(document.activeElement).toBe(app)
    await userEvent.keyboard('Fin')
    expect(focusedCode(container)).toBe('29')
    expect(container.querySelector('[role="tooltip"]')!.textContent).toContain('Finistère')
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Finistère\u00a0: 1,7\u00a0% — \d+ᵉ sur 101 — classe \d sur 5$/)
    await userEvent.keyboard('{ArrowRight}')
    expect(['22', '56']).toContain(focusedCode(container))
    // Back to Finistère by name, then select it.
    await userEvent.keyboard('Fin')
    await userEvent.keyboard('{Enter}')
    expect(store.selected.value).toBe('29')
    expect(container.querySelector('[data-selected="29"]')).not.toBeNull()
    await userEvent.keyboard('{Escape}')
    expect(container.querySelector('[role="tooltip"]')).toBeNull()
    expect(store.selected.value).toBe('29')
    // One tab stop: the next Tab leaves the map for the next control.
    await userEvent.tab()
    expect(document.activeElement).not.toBe(app)
    expect(app.contains(document.activeElement)).toBe(false)
  })

  it('Home and End go to the first and last territory by name, or by rank', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    container.querySelector<HTMLElement>('[role="application"]')!.focus()
    await userEvent.keyboard('{End}')
    expect(focusedCode(container)).toBe('78') // Yvelines
    await userEvent.keyboard('{Home}')
    expect(focusedCode(container)).toBe('01') // Ain
    cleanup()
    const ranked = await draw((onReady) => <ChoroplethMap table={table} homeEnd="rank" onReady={onReady} />)
    ranked.container.querySelector<HTMLElement>('[role="application"]')!.focus()
    await userEvent.keyboard('{Home}')
    expect(focusedCode(ranked.container)).toBe('75')
  })

  it('drills down from a region to its départements and back', async () => {
    const regions = (await import('./regions.js')).regionShare(table)
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ChoroplethMap table={[regions, table]} store={store} onReady={onReady} />)
    expect(container.querySelectorAll('.atlas-map__shapes path')).toHaveLength(18)
    container.querySelector<SVGPathElement>('path[data-code="53"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await expect.poll(() => container.querySelector('.atlas-map')!.getAttribute('data-state') === 'ready' && container.querySelectorAll('.atlas-map__shapes path').length).toBe(4)
    expect(store.view.value).toEqual({ level: 'departement', within: { level: 'region', code: '53' } })
    await userEvent.click(container.querySelector<HTMLButtonElement>('.atlas-map__back')!)
    await expect.poll(() => container.querySelectorAll('.atlas-map__shapes path').length).toBe(18)
  })
})

const said = (c: Element) => c.querySelector('[aria-live="polite"]')!.textContent!.trim()

/** The accessibility tree's node for the map's application, as Chromium exposes it. */
async function applicationNode() {
  return (await axTree()).find((n) => n.role?.value === 'application')!
}

describe('pointer journey (RGAA 7.3)', () => {
  it.each([
    ['33', 'Gironde'],
    ['29', 'Finistère'],
  ])('a first click on %s (%s) selects, focuses and announces that territory, not Ain', async (code, name) => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ChoroplethMap table={table} store={store} onReady={onReady} />)
    await userEvent.click(container.querySelector<SVGPathElement>(`.atlas-map__shapes path[data-code="${code}"]`)!)
    expect(store.selected.value).toBe(code)
    expect(document.activeElement).toBe(container.querySelector('[role="application"]'))
    expect(focusedCode(container)).toBe(code)
    expect(container.querySelector('[role="tooltip"]')!.textContent).toContain(name)
    expect(said(container)).toBe(`${name} sélectionné`)
  })
})

describe('selection state journey (RGAA 7.1)', () => {
  it('announces selection and deselection, exposes the state, says the territory again when focus returns, and leaves no ghost ring', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => (
      <>
        <button type="button">avant</button>
        <ChoroplethMap table={table} store={store} onReady={onReady} />
        <button type="button">après</button>
      </>
    ))
    const app = container.querySelector<HTMLElement>('[role="application"]')!
    app.focus()
    await userEvent.keyboard('Fin')
    expect((await applicationNode()).description?.value).not.toContain('sélectionné')
    await userEvent.keyboard('{Enter}')
    expect(said(container)).toBe('Finistère sélectionné')
    const current = document.getElementById(app.getAttribute('aria-describedby')!.split(' ')[0]!)!
    expect(current.getAttribute('aria-current')).toBe('true')
    expect((await applicationNode()).description?.value).toContain('Finistère sélectionné')
    // Focus leaves: the selection stays drawn, the focus ring does not.
    await userEvent.tab()
    expect(app.contains(document.activeElement) || document.activeElement === app).toBe(false)
    expect(container.querySelector('.atlas-map__focus')).toBeNull()
    expect(container.querySelector('[data-selected="29"]')).not.toBeNull()
    // Focus comes back: Finistère is said again.
    const live = container.querySelector('[aria-live="polite"]')!
    const spoken: string[] = []
    const observer = new MutationObserver(() => spoken.push(live.textContent!.trim()))
    observer.observe(live, { childList: true, characterData: true, subtree: true })
    await userEvent.tab({ shift: true })
    expect(document.activeElement).toBe(app)
    await expect.poll(() => spoken.length).toBeGreaterThan(0)
    observer.disconnect()
    expect(spoken.at(-1)).toMatch(/^Finistère\u00a0: /)
    expect(focusedCode(container)).toBe('29')
    // Escape closes the tooltip, then deselects, and says so.
    await userEvent.keyboard('{Escape}{Escape}')
    expect(store.selected.value).toBeNull()
    expect(said(container)).toBe('Finistère désélectionné')
    expect(current.getAttribute('aria-current')).toBe('false')
  })
})

describe('axe-core', () => {
  it('finds no violation while loading, with data, tooltip open, table open, and in error', async () => {
    const holes = withMissing(table, { '29': 'secret', '976': 'not-available' })
    let ready!: () => void
    const drawn = new Promise<void>((r) => (ready = r))
    const { container } = render(<ChoroplethMap table={holes} histogram onReady={() => ready()} />)
    expect(container.querySelector('.atlas-map')!.getAttribute('aria-busy')).toBe('true')
    await noViolations(container)
    await drawn
    await noViolations(container)
    container.querySelector<HTMLElement>('[role="application"]')!.focus()
    await userEvent.keyboard('Fin')
    expect(container.querySelector('[role="tooltip"]')).not.toBeNull()
    await noViolations(container)
    await userEvent.click(container.querySelector<HTMLButtonElement>('.atlas-map__toggle')!)
    // The table's code is fetched when first opened.
    await expect.poll(() => container.querySelectorAll('table tbody tr').length).toBe(101)
    expect(container.querySelector('table')!.textContent).toContain('Secret statistique')
    await noViolations(container)
    cleanup()
    // Geometry that cannot be fetched: the error is shown inline.
    setAssetBase(new URL('/no-such-folder/', location.href))
    try {
      const failing = render(<ChoroplethMap table={table} />)
      await expect.poll(() => failing.container.querySelector('[role="alert"]')).not.toBeNull()
      expect(failing.container.querySelector('.atlas-map')!.getAttribute('data-state')).toBe('error')
      // Said in the map's language (RGAA 8.7); only the developer's line, with the URL, is in English.
      const alert = failing.container.querySelector('[role="alert"]')!
      expect(alert.textContent).toContain('La carte n’a pas pu être chargée')
      expect(alert.querySelector('.atlas-error__text')!.textContent).toBe('Un fichier de la carte n’a pas pu être lu (HTTP 404)\u00a0: l’adresse des fichiers de l’atlas est peut-être mal réglée (setAssetBase).')
      const detail = alert.querySelector('code')!
      expect(detail.getAttribute('lang')).toBe('en')
      expect(detail.textContent).toContain('/no-such-folder/geo/france.xy.bin')
      await noViolations(failing.container)
    } finally {
      useBuiltAssets()
    }
  })
})

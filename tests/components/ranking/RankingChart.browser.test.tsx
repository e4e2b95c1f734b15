import { cleanup, render } from '@testing-library/preact'
import { render as preactRender } from 'preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { RankingChart } from '../../../src/components/ranking/RankingChart.js'
import { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { culturalShare, useBuiltAssets, withMissing } from '../../../stories/fixtures/cultural-share.js'
import { culturalParts } from '../../../stories/fixtures/ranking.js'
import type { RatioParts } from '../../../src/components/ranking/references.js'

let table: IndicatorTable
let parts: RatioParts
beforeAll(async () => {
  useBuiltAssets()
  ;[table, parts] = await Promise.all([culturalShare(), culturalParts()])
})
afterEach(cleanup)

const ready = (root: Element) => vi.waitFor(() => expect(root.querySelector('.atlas-ranking[data-state="ready"]')).not.toBeNull(), { timeout: 20_000 })
const mapReady = (root: Element) => vi.waitFor(() => expect(root.querySelector('.atlas-map[data-state="ready"]')).not.toBeNull(), { timeout: 20_000 })
const barCodes = (root: Element) => [...root.querySelectorAll<HTMLElement>('.atlas-ranking__bar-button')].map((b) => b.dataset.code)

async function noViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** The département ranked in the middle of the 101: outside the top 10 and bottom 5. */
const middle = () => {
  const ranked = [...table.entries()].filter(([, c]) => c.status === 'ok').sort((a, b) => b[1].value! - a[1].value!)
  return ranked[50]![0]
}

describe('RankingChart with a map in one group (Chromium)', () => {
  it('shows how many codes of the source are unknown, and their list on demand (#8 item 8)', async () => {
    const { container: none } = render(<RankingChart table={table} parts={parts} />)
    await ready(none)
    expect(none.querySelector('details')).toBeNull()
    cleanup()
    const report = { ...table.report, unknownCodes: ['98', '2C'] }
    const unknown = new IndicatorTable({ level: table.level, indicator: table.indicator, cells: new Map(table.entries()), report })
    const { container } = render(<RankingChart table={unknown} parts={parts} />)
    await ready(container)
    const note = container.querySelector<HTMLDetailsElement>('details.atlas-ranking__foot')!
    expect(note.querySelector('summary')!.textContent).toBe('2 codes inconnus')
    expect(note.textContent).toBe('2 codes inconnus98, 2C')
  })

  it('a département clicked on the map is highlighted in the ranking and shown after a gap; a bar hovered is the group’s hovered territory, outlined on the map', async () => {
    const store = createSelectionStore()
    const { container } = render(
      <>
        <ChoroplethMap table={table} store={store} />
        <RankingChart table={table} store={store} parts={parts} />
      </>,
    )
    await mapReady(container)
    await ready(container)
    expect(barCodes(container)).toHaveLength(15)
    const code = middle()
    expect(barCodes(container)).not.toContain(code)
    container.querySelector<SVGPathElement>(`.atlas-map__shapes path[data-code="${code}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await vi.waitFor(() => expect(container.querySelector('.atlas-ranking__item.is-selected')?.getAttribute('data-code')).toBe(code))
    expect(barCodes(container)).toHaveLength(16)
    expect(container.querySelectorAll('.atlas-ranking__gap')).toHaveLength(2)
    expect(container.querySelector('.atlas-ranking [aria-current="true"]')!.textContent).toMatch(/, 51ᵉ( ex æquo)? sur 101$/)

    const other = barCodes(container)[2]!
    await userEvent.hover(container.querySelector<HTMLElement>(`button[data-code="${other}"]`)!)
    await vi.waitFor(() => expect(store.hovered.value).toBe(other))
    // The map outlines that territory, as it does the one under its own pointer; leaving the chart clears it.
    await vi.waitFor(() => expect([...container.querySelectorAll('.atlas-map [data-hovered]')].map((p) => p.getAttribute('data-hovered'))).toEqual([other]))
    await userEvent.unhover(container.querySelector<HTMLElement>(`button[data-code="${other}"]`)!)
    container.querySelector('.atlas-ranking__chart')!.dispatchEvent(new PointerEvent('pointerleave'))
    await vi.waitFor(() => expect(container.querySelector('.atlas-map [data-hovered]')).toBeNull())
  })
})

describe('RankingChart keyboard and screen reader (Chromium)', () => {
  it('is styled in the task that renders it, before its first paint (not shown unstyled, then restyled a frame later)', () => {
    // Preact's own render: its layout effects run before it returns, its passive effects after the next frame.
    const host = document.body.appendChild(document.createElement('div'))
    const root = host.attachShadow({ mode: 'open' })
    preactRender(<RankingChart table={table} parts={parts} />, root)
    const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')
    expect(css).toContain('.atlas-ranking')
    preactRender(null, root)
    host.remove()
  })

  it('is one tab stop: arrows move through the list in visual order, Enter selects and the selection is announced', async () => {
    const store = createSelectionStore({ level: 'departement', within: { level: 'region', code: '53' } })
    const { container } = render(
      <>
        <button type="button">avant</button>
        <RankingChart table={table} store={store} within="region:53" />
        <button type="button">après</button>
      </>,
    )
    await ready(container)
    const bars = () => [...container.querySelectorAll<HTMLElement>('.atlas-ranking__bar-button')]
    expect(bars().filter((b) => b.tabIndex === 0)).toHaveLength(1)
    expect(container.querySelector('ol')).not.toBeNull()
    bars()[0]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    await vi.waitFor(() => expect(document.activeElement).toBe(bars()[1]))
    await userEvent.keyboard('{End}')
    await vi.waitFor(() => expect(document.activeElement).toBe(bars()[3]))
    await userEvent.keyboard('{Home}')
    await vi.waitFor(() => expect(document.activeElement).toBe(bars()[0]))
    await userEvent.keyboard('{ArrowDown}')
    await vi.waitFor(() => expect(document.activeElement).toBe(bars()[1]))
    await userEvent.keyboard('{Enter}')
    expect(store.selected.value).toBe(bars()[1]!.dataset.code)
    const live = container.querySelector('.atlas-ranking [aria-live="polite"]')!
    await vi.waitFor(() => expect(live.textContent).toBe(`Sélection\u00a0: ${bars()[1]!.textContent}`))
    expect(bars()[1]!.textContent).toMatch(/^[^:]+\u00a0: [\d,]+\u00a0%, 2ᵉ sur 4$/)
    // Only one stop: Tab leaves the list for the next control (the sort buttons come before it).
    await userEvent.tab()
    expect(document.activeElement?.closest('.atlas-ranking__list')).toBeNull()
  })

  it('sorts with buttons that expose their state', async () => {
    const { container, getByRole } = render(<RankingChart table={table} within="region:53" />)
    await ready(container)
    const desc = barCodes(container)
    await userEvent.click(getByRole('button', { name: 'valeurs croissantes' }))
    expect(getByRole('button', { name: 'valeurs croissantes' }).getAttribute('aria-pressed')).toBe('true')
    expect(getByRole('button', { name: 'valeurs décroissantes' }).getAttribute('aria-pressed')).toBe('false')
    expect(barCodes(container)).toEqual([...desc].reverse())
  })
})

describe('RankingChart references from the table (Chromium)', () => {
  it('pools France entière from the table’s own parts when no parts prop is given (an adapter ratio table)', async () => {
    const { container } = render(<RankingChart table={table} />)
    await ready(container)
    let num = 0
    let den = 0
    for (const code of table.codes()) {
      const p = parts.get(code)!
      num += p[0]
      den += p[1]
    }
    const text = container.querySelector('.atlas-ranking')!.textContent!
    expect(text).not.toContain('NaN')
    const shown = /France entière\s?:\s?(\d+,\d+)/.exec(text)?.[1]
    expect(Number(shown!.replace(',', '.'))).toBeCloseTo((num / den) * 100, 1)
  })
})

describe('RankingChart axe-core (Chromium)', () => {
  it('finds no violation with data, with missing values, with the selection outside the top N, and at 320 px', async () => {
    const data = render(<RankingChart table={table} parts={parts} />)
    await ready(data.container)
    await noViolations(data.container)
    cleanup()

    const missing = render(<RankingChart table={withMissing(table, { '29': 'secret', '22': 'secret', '56': 'not-available' })} within="region:53" />)
    await ready(missing.container)
    await noViolations(missing.container)
    cleanup()

    const store = createSelectionStore()
    store.selected.value = middle()
    const outside = render(<RankingChart table={table} store={store} />)
    await ready(outside.container)
    await noViolations(outside.container)
    cleanup()

    const narrow = render(
      <div style={{ width: '320px' }}>
        <RankingChart table={table} within="region:53" parts={parts} />
      </div>,
    )
    await ready(narrow.container)
    await noViolations(narrow.container)
    const chart = narrow.container.querySelector<HTMLElement>('.atlas-ranking')!
    expect(chart.scrollWidth).toBeLessThanOrEqual(chart.clientWidth + 1)
  })
})

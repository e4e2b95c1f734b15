import { cleanup, render } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { ComparisonTable } from '../../../src/components/table/ComparisonTable.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { emptyReport } from '../../../src/core/types.js'
import { loadTerritories } from '../../../src/core/registry/index.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { communePopulation, threeIndicators } from '../../../stories/fixtures/comparison.js'
import { useBuiltAssets } from '../../../stories/fixtures/cultural-share.js'

let tables: IndicatorTable[]
beforeAll(async () => {
  useBuiltAssets()
  tables = await threeIndicators()
})
afterEach(cleanup)

async function noViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Renders and resolves on the table's `onReady`, never after a fixed sleep. */
async function draw(ui: (onReady: () => void) => preact.JSX.Element) {
  let ready!: () => void
  const done = new Promise<void>((r) => (ready = r))
  const result = render(ui(ready))
  await done
  return result
}

const rows = (c: Element) => [...c.querySelectorAll<HTMLTableRowElement>('tbody.atlas-table__rows tr[data-index]')]

describe('ComparisonTable', () => {
  it('defaults: French, sorted by name, a filter box, units in headers, no rank or gap column', async () => {
    const { container } = await draw((onReady) => <ComparisonTable tables={tables} onReady={onReady} />)
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent)
    expect(headers[0]).toContain('Territoire')
    expect(headers[1]).toContain('Part des actifs dans les secteurs culturels (%)')
    expect(headers[3]).toContain('(€)')
    expect(headers).toHaveLength(4)
    expect(container.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending')
    expect(rows(container)[0]!.querySelector('th')!.textContent).toBe('Ain')
    expect(container.querySelector('input[type="search"]')).not.toBeNull()
    expect(container.querySelector('[role="status"]')!.textContent).toBe('101 départements')
    await noViolations(container)
  })

  it('shows how many codes of the sources are unknown, once each, and their list on demand (#8 item 8)', async () => {
    const { container: none } = await draw((onReady) => <ComparisonTable tables={tables} onReady={onReady} />)
    expect(none.querySelector('details')).toBeNull()
    cleanup()
    const withUnknown = (t: IndicatorTable, unknownCodes: string[]) =>
      new IndicatorTable({ level: t.level, indicator: t.indicator, cells: new Map(t.entries()), report: { ...t.report, unknownCodes } })
    const mixed = [withUnknown(tables[0]!, ['98', '2C']), withUnknown(tables[1]!, ['98']), tables[2]!]
    const { container } = await draw((onReady) => <ComparisonTable tables={mixed} onReady={onReady} />)
    const note = container.querySelector<HTMLDetailsElement>('details.atlas-cmp__unknown')!
    expect(note.querySelector('summary')!.textContent).toBe('2 codes inconnus')
    expect(note.textContent).toBe('2 codes inconnus98, 2C')
    await noViolations(container)
  })

  it('lists, within a département, only the unknown codes that lie there (a former commune where its current commune is)', async () => {
    await loadTerritories('commune')
    const pop = await communePopulation()
    // 01039 Béon (Ain) and 29009 (Finistère, now Concarneau) merged since; 99999 is no commune.
    const left = new IndicatorTable({ level: 'commune', indicator: pop.indicator, cells: new Map(pop.entries()), report: { ...pop.report, unknownCodes: ['01039', '29009', '99999'] } })
    const { container } = await draw((onReady) => <ComparisonTable tables={[left]} within="departement:29" onReady={onReady} />)
    expect([...container.querySelectorAll('details.atlas-cmp__unknown')].map((d) => d.textContent)).toEqual(['1 code inconnu29009'])
    cleanup()
    const { container: france } = await draw((onReady) => <ComparisonTable tables={[left]} lang="en" onReady={onReady} />)
    expect([...france.querySelectorAll('details.atlas-cmp__unknown')].map((d) => d.textContent)).toEqual(['3 unknown codes01039, 29009, 99999'])
  })

  it('filters by name and announces the count; selects by Enter and follows the group’s selection', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ComparisonTable tables={tables} store={store} columns={['rank', 'gap']} reference={{ name: 'France entière', values: [2.5, 7, 50] }} onReady={onReady} />)
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!
    await userEvent.type(input, 'reunion')
    await expect.poll(() => container.querySelector('[role="status"]')!.textContent).toBe('1 département')
    expect(rows(container).map((r) => r.querySelector('th')!.textContent)).toEqual(['La Réunion'])
    // The reference row stays pinned whatever the filter.
    expect(container.querySelector('tbody.atlas-table__pinned th')!.textContent).toBe('France entière')
    await userEvent.clear(input)
    await userEvent.type(input, 'zzz')
    await expect.poll(() => container.querySelector('[role="status"]')!.textContent).toBe('Aucun territoire ne correspond')
    await noViolations(container)
    await userEvent.clear(input)
    await expect.poll(() => rows(container).length).toBe(101)
    rows(container)[3]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    const name = (document.activeElement as HTMLElement).querySelector('th')!.textContent
    expect(name).toBe(rows(container)[4]!.querySelector('th')!.textContent)
    await userEvent.keyboard('{Enter}')
    const chosen = store.selected.value!
    expect(chosen).not.toBeNull()
    await expect.poll(() => container.querySelector('tr[aria-current="true"] th')?.textContent).toBe(name)
    // A selection made elsewhere (the map): highlighted and scrolled into view inside the table.
    store.selected.value = '974'
    await expect.poll(() => container.querySelector('tr[aria-current="true"] th')?.textContent).toBe('La Réunion')
    expect(chosen).not.toBe('974')
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    await expect.poll(() => wrap.scrollTop).toBeGreaterThan(0)
    const r = container.querySelector('tr[aria-current="true"]')!.getBoundingClientRect()
    expect(r.bottom).toBeLessThanOrEqual(wrap.getBoundingClientRect().bottom + 1)
    await noViolations(container)
  })

  it('sorts by a column on its button, missing values last', async () => {
    const { container } = await draw((onReady) => <ComparisonTable tables={tables} onReady={onReady} />)
    const button = container.querySelectorAll<HTMLButtonElement>('thead th button')[2]!
    await userEvent.click(button)
    expect(button.closest('th')!.getAttribute('aria-sort')).toBe('descending')
    const texts = rows(container).map((r) => r.cells[2]!.textContent!)
    const firstMissing = texts.findIndex((t) => !/\d/.test(t))
    if (firstMissing >= 0) expect(texts.slice(firstMissing).every((t) => !/\d/.test(t))).toBe(true)
  })

  it('exports exactly what is shown: the filtered rows in their sorted order, the extra columns, French CSV', async () => {
    const files: { filename: string; blob: Blob }[] = []
    const { container } = await draw((onReady) => <ComparisonTable tables={tables} within="region:53" columns={['rank']} onExport={(f) => files.push(f)} onReady={onReady} />)
    await userEvent.type(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'in')
    await userEvent.click(container.querySelectorAll<HTMLButtonElement>('thead th button')[1]!)
    const shown = rows(container).map((r) => [r.querySelector('th')!.textContent, r.cells[1]!.textContent])
    expect(shown.length).toBe(2)
    await userEvent.click(container.querySelector<HTMLButtonElement>('button[data-format="csv"]')!)
    // The export's part is fetched (and, under the test server, compiled) on its first use: a second on a busy machine.
    await expect.poll(() => files.length, { timeout: 15_000 }).toBe(1)
    expect(files[0]!.filename).toBe('atlas-comparaison-departement-53.csv')
    const lines = (await files[0]!.blob.text()).split('\r\n')
    // A byte-order mark first (Blob.text() drops it when decoding).
    expect([...new Uint8Array(await files[0]!.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(lines[0]!.startsWith('code;nom;Part des actifs dans les secteurs culturels (%);statut — Part des actifs')).toBe(true)
    expect(lines[0]!.split(';')).toHaveLength(2 + 3 * 3)
    const round = (v: string) => `${Number(v.replace(',', '.')).toFixed(1).replace('.', ',')}\u00a0%`
    expect(lines.slice(1, -1).map((l) => [l.split(';')[1], round(l.split(';')[2]!)])).toEqual(shown)
    await noViolations(container)
  })

  it('scrolls horizontally at 320 px in a focusable labelled region, no axe violation', async () => {
    await page.viewport(320, 640)
    try {
      const { container } = await draw((onReady) => <ComparisonTable tables={tables} columns={['rank']} onReady={onReady} />)
      const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
      expect(wrap.getAttribute('role')).toBe('region')
      expect(wrap.getAttribute('aria-labelledby')).toBe(container.querySelector('caption')!.id)
      expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth)
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
      await noViolations(container)
    } finally {
      await page.viewport(1280, 720)
    }
  })

  it('at 320 px the caption wraps within the box’s visible width, and stays in view when the table scrolls sideways', async () => {
    await page.viewport(320, 640)
    try {
      // A long area name: the caption is wider than the phone, the table wider still.
      const { container } = await draw((onReady) => <ComparisonTable tables={tables} columns={['rank']} within="region:93" onReady={onReady} />)
      const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
      const caption = container.querySelector('caption')!
      expect(caption.textContent).toBe("Comparaison des indicateurs — Provence-Alpes-Côte d'Azur")
      expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth)
      /** The caption's text, left and right, against the box's visible edges. */
      const edges = () => {
        const text = document.createRange()
        text.selectNodeContents(caption)
        const t = text.getBoundingClientRect()
        const box = wrap.getBoundingClientRect()
        const left = box.left + wrap.clientLeft
        return { inside: t.left >= left - 0.5 && t.right <= left + wrap.clientWidth + 0.5, withinViewport: t.right <= 320 }
      }
      await expect.poll(edges).toEqual({ inside: true, withinViewport: true })
      wrap.scrollLeft = wrap.scrollWidth
      await expect.poll(edges).toEqual({ inside: true, withinViewport: true })
      // Still the table's caption, naming the region.
      expect(container.querySelector('table > caption')).toBe(caption)
      expect(wrap.getAttribute('aria-labelledby')).toBe(caption.id)
    } finally {
      await page.viewport(1280, 720)
    }
  })

  it('all communes: at most ~100 rows in the DOM, keyboard to the last commune', async () => {
    await loadTerritories('commune')
    const pop = await communePopulation()
    const { container } = await draw((onReady) => <ComparisonTable tables={[pop]} onReady={onReady} />)
    expect(container.querySelectorAll('tr').length).toBeLessThanOrEqual(100)
    rows(container)[0]!.focus()
    await userEvent.keyboard('{End}')
    await expect.poll(() => (document.activeElement as HTMLElement).getAttribute('aria-rowindex')).toBe(String(1 + Number(container.querySelector('table')!.getAttribute('aria-rowcount')) - 1))
    expect(container.querySelectorAll('tr').length).toBeLessThanOrEqual(100)
    await noViolations(container)
  })
})

describe('ComparisonTable and ChoroplethMap in one group', () => {
  /** The row is drawn inside the table's box, below its sticky header cells. */
  const inView = (wrap: HTMLElement, tr: Element) => {
    const r = tr.getBoundingClientRect()
    return r.top >= wrap.querySelector('thead th')!.getBoundingClientRect().bottom - 1 && r.bottom <= wrap.getBoundingClientRect().bottom + 1
  }
  const currentName = (c: Element) => c.querySelector('.atlas-cmp tr[aria-current="true"] th')?.textContent

  it('a click on the map marks the territory’s row and scrolls it into view; Enter on a row selects it on the map', async () => {
    const store = createSelectionStore()
    let mapDrawn!: () => void
    const map = new Promise<void>((r) => (mapDrawn = r))
    const { container } = await draw((onReady) => (
      <>
        <ChoroplethMap table={tables[0]!} store={store} onReady={mapDrawn} />
        <ComparisonTable tables={tables} store={store} onReady={onReady} />
      </>
    ))
    await map
    const wrap = container.querySelector<HTMLElement>('.atlas-cmp .atlas-table-wrap')!
    const vosges = rows(container).find((r) => r.querySelector('th')!.textContent === 'Vosges')!
    // Sorted by name, the Vosges are below the table's first screen.
    expect(inView(wrap, vosges)).toBe(false)
    const pageScroll = window.scrollY
    await userEvent.click(container.querySelector<SVGPathElement>('.atlas-map__shapes path[data-code="88"]')!)
    expect(store.selected.value).toBe('88')
    await expect.poll(() => currentName(container)).toBe('Vosges')
    await expect.poll(() => inView(wrap, container.querySelector('.atlas-cmp tr[aria-current="true"]')!)).toBe(true)
    // The table scrolled inside its box, not the page away from the map.
    expect(window.scrollY).toBe(pageScroll)
    expect(container.querySelectorAll('.atlas-cmp [aria-current]')).toHaveLength(1)

    // Back in the table: Enter on Ain's row selects Ain for the group, the map outlines it.
    const ain = rows(container)[0]!
    ain.focus()
    await userEvent.keyboard('{Enter}')
    expect(store.selected.value).toBe('01')
    await expect.poll(() => container.querySelector('.atlas-map [data-selected]')?.getAttribute('data-selected')).toBe('01')
    await expect.poll(() => currentName(container)).toBe('Ain')
    await noViolations(container)
  })

})

describe('ComparisonTable, a categorical indicator', () => {
  it('a categorical indicator beside numbers: its category in each cell, as text (no bar, not aligned as a number), no axe violation', async () => {
    const categories = ['Dense', 'Intermédiaire', 'Peu dense']
    const density = new IndicatorTable({
      level: 'departement',
      indicator: indicatorMeta({ label: 'Densité', kind: 'categorical', categories }),
      cells: new Map(tables[0]!.codes().map((code, i) => [code, { value: null, status: 'ok', raw: categories[i % 3]!, category: categories[i % 3]! }] as const)),
      report: emptyReport('t'),
    })
    const { container } = await draw((onReady) => <ComparisonTable tables={[tables[0]!, density]} onReady={onReady} />)
    const cells = rows(container).map((tr) => tr.querySelectorAll('td')[1]!)
    expect(cells.length).toBeGreaterThan(10)
    for (const td of cells) {
      expect(categories).toContain(td.textContent)
      expect(td.classList.contains('atlas-num')).toBe(false)
      expect(td.querySelector('span')).toBeNull()
    }
    await noViolations(container)
  })
})

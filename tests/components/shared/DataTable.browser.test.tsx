import { cleanup, render } from '@testing-library/preact'
import axe from 'axe-core'
import { useState } from 'preact/hooks'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { DataTable, type DataColumn } from '../../../src/components/shared/DataTable.js'
import { dataTableCss } from '../../../src/components/shared/data-table.css.js'
import { nextSort, sortOrder, type SortState } from '../../../src/components/shared/sort.js'

type Row = { code: string; name: string; value: number | undefined }

const makeRows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ code: String(i + 1).padStart(5, '0'), name: `Commune ${i + 1}`, value: i % 7 === 3 ? undefined : (i * 37) % 1000 }))

const columns: DataColumn<Row>[] = [
  { key: 'name', label: 'Territoire', rowHeader: true, sortable: true, cell: (r) => r.name },
  { key: 'code', label: 'Code', cell: (r) => r.code },
  { key: 'value', label: 'Valeur', sortable: true, cell: (r) => (r.value === undefined ? 'Secret statistique' : String(r.value)), cellClass: () => 'atlas-num' },
]

function Sorted(props: { rows: Row[]; selected?: string; onActivate?: (r: Row) => void }) {
  const [sort, setSort] = useState<SortState | undefined>(undefined)
  const order = sort ? sortOrder(props.rows.map((r) => (sort.key === 'value' ? r.value : r.name)), sort.direction) : undefined
  const rows = order ? Array.from(order, (i) => props.rows[i]!) : props.rows
  return (
    <DataTable
      id="t"
      caption="Essai"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      sort={sort}
      onSort={(k) => setSort(nextSort(sort, k))}
      selected={props.selected}
      onActivate={props.onActivate}
    />
  )
}

beforeAll(() => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(dataTableCss)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
})
afterEach(cleanup)

const bodyRows = (c: Element) => c.querySelectorAll<HTMLTableRowElement>('tbody.atlas-table__rows tr[data-index]')
const allTr = (c: Element) => c.querySelectorAll('tr').length
const focusedIndex = () => (document.activeElement as HTMLElement | null)?.dataset.index

async function noViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] })
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** The focused row is drawn, inside the wrapper's viewport and not under the sticky header. */
function expectVisible(wrap: HTMLElement, tr: HTMLElement) {
  const box = wrap.getBoundingClientRect()
  const head = wrap.querySelector('thead')!.getBoundingClientRect()
  const r = tr.getBoundingClientRect()
  expect(r.top).toBeGreaterThanOrEqual(head.bottom - 1)
  expect(r.bottom).toBeLessThanOrEqual(box.bottom + 1)
}

describe('DataTable', () => {
  it('defaults: a plain table of every row up to 200, caption, column and row headers, no sort button, no tab stop', () => {
    const { container } = render(<DataTable id="t" caption="Essai" columns={columns} rows={makeRows(150)} rowKey={(r) => r.code} />)
    expect(bodyRows(container)).toHaveLength(150)
    expect(container.querySelector('caption')!.textContent).toBe('Essai')
    expect([...container.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    expect(container.querySelectorAll('tbody th[scope="row"]')).toHaveLength(150)
    expect(container.querySelector('thead button')).toBeNull()
    expect(container.querySelector('[aria-sort]')).toBeNull()
    expect(container.querySelector('[tabindex]')).toBeNull()
    expect(container.querySelector('[aria-rowcount]')).toBeNull()
    expect(container.querySelector('[role="region"]')).toBeNull()
  })

  it('keeps at most ~100 rows in the DOM with 35,000 rows while scrolling to the last one', async () => {
    const rows = makeRows(35_000)
    const { container } = render(<Sorted rows={rows} />)
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    expect(wrap.getAttribute('role')).toBe('region')
    expect(wrap.getAttribute('aria-labelledby')).toBe('t-caption')
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('35001')
    expect(allTr(container)).toBeLessThanOrEqual(100)
    // The scrollbar spans every row.
    expect(wrap.scrollHeight).toBeGreaterThan(35_000 * 15)
    for (const f of [0.1, 0.5, 0.9, 1]) {
      wrap.scrollTop = Math.round(f * (wrap.scrollHeight - wrap.clientHeight))
      wrap.dispatchEvent(new Event('scroll'))
      const expected = Math.floor(f * 34_000)
      await expect.poll(() => [...bodyRows(container)].some((tr) => Number(tr.dataset.index) >= expected)).toBe(true)
      expect(allTr(container)).toBeLessThanOrEqual(100)
    }
    const last = [...bodyRows(container)].at(-1)!
    expect(last.getAttribute('aria-rowindex')).toBe('35001')
    expect(last.querySelector('th')!.textContent).toBe('Commune 35000')
    expectVisible(wrap, last)
  })

  it('moves a focused row through the virtual rows by keyboard, to the last row and back', async () => {
    const rows = makeRows(35_000)
    const activated: string[] = []
    const { container } = render(
      <>
        <button type="button">avant</button>
        <Sorted rows={rows} onActivate={(r) => activated.push(r.code)} />
      </>,
    )
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    container.querySelector<HTMLButtonElement>('button')!.focus()
    await userEvent.tab() // sort button « Territoire »
    await userEvent.tab() // sort button « Valeur »
    await userEvent.tab()
    expect(focusedIndex()).toBe('0')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(focusedIndex()).toBe('2')
    // Page by page: each press moves by the same page and keeps the row in view.
    await userEvent.keyboard('{PageDown}')
    const page = Number(focusedIndex()) - 2
    expect(page).toBeGreaterThan(3)
    for (let i = 0; i < 20; i++) await userEvent.keyboard('{PageDown}')
    await expect.poll(focusedIndex).toBe(String(2 + 21 * page))
    expectVisible(wrap, document.activeElement as HTMLElement)
    expect(allTr(container)).toBeLessThanOrEqual(100)
    await userEvent.keyboard('{End}')
    await expect.poll(focusedIndex).toBe('34999')
    expect((document.activeElement as HTMLElement).querySelector('th')!.textContent).toBe('Commune 35000')
    expectVisible(wrap, document.activeElement as HTMLElement)
    expect(allTr(container)).toBeLessThanOrEqual(100)
    // Chromium's accessibility tree: the focused node is a row named by its cells, at its place among all rows.
    const nodes = await focusedFrameTree()
    const focused = nodes.find((n) => n.role.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true))!
    expect(focused.role.value).toBe('row')
    // Named by its cells, so a screen reader announces the row it lands on.
    expect(focused.name?.value).toBe('Commune 35000 35000 963')
    const header = nodes.find((n) => focused.childIds?.includes(n.nodeId) && n.role.value === 'rowheader')!
    expect(header.name?.value).toBe('Commune 35000')
    const table = nodes.find((n) => n.role.value === 'table')!
    expect(table.name?.value).toBe('Essai')
    await userEvent.keyboard('{Enter}')
    expect(activated).toEqual(['35000'])
    await userEvent.keyboard('{ArrowUp}')
    expect(focusedIndex()).toBe('34998')
    await userEvent.keyboard('{Home}')
    await expect.poll(focusedIndex).toBe('0')
    expectVisible(wrap, document.activeElement as HTMLElement)
    // A mouse scroll keeps the focused row in the DOM: focus moves into the new window.
    wrap.scrollTop = wrap.scrollHeight / 2
    wrap.dispatchEvent(new Event('scroll'))
    await expect.poll(() => Number(focusedIndex())).toBeGreaterThan(10_000)
    await noViolations(container)
  })

  it('gives every virtual row one height whatever its glyphs (« 3ᵉ » comes from a fallback font), so a far selection lands in view', async () => {
    const ranked: DataColumn<Row>[] = [...columns, { key: 'rank', label: 'Rang', cell: (r) => (r.value === undefined ? '—' : `${r.value}ᵉ sur 1000`) }]
    const rows = makeRows(35_000)
    const { container, rerender } = render(<DataTable id="t" caption="Essai" columns={ranked} rows={rows} rowKey={(r) => r.code} />)
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    const heights = () => new Set([...bodyRows(container)].map((tr) => tr.getBoundingClientRect().height))
    expect(heights().size).toBe(1)
    rerender(<DataTable id="t" caption="Essai" columns={ranked} rows={rows} rowKey={(r) => r.code} selected="30000" />)
    await expect.poll(() => {
      const tr = container.querySelector<HTMLElement>('tr[aria-current="true"]')
      if (!tr) return false
      const box = wrap.getBoundingClientRect()
      const r = tr.getBoundingClientRect()
      return r.top >= wrap.querySelector('thead th')!.getBoundingClientRect().bottom - 1 && r.bottom <= box.bottom + 1
    }).toBe(true)
    expect(heights().size).toBe(1)
  })

  it('sorts through buttons in the headers with aria-sort, marks and reveals the selected row', async () => {
    const rows = makeRows(35_000)
    const { container, rerender } = render(<Sorted rows={rows} />)
    const th = [...container.querySelectorAll<HTMLElement>('thead th')]
    expect(th.map((h) => h.getAttribute('aria-sort'))).toEqual(['none', null, 'none'])
    await userEvent.click(th[2]!.querySelector('button')!)
    expect(th[2]!.getAttribute('aria-sort')).toBe('ascending')
    expect(bodyRows(container)[0]!.cells[2]!.textContent).toBe('0')
    await userEvent.click(th[2]!.querySelector('button')!)
    expect(th[2]!.getAttribute('aria-sort')).toBe('descending')
    expect(bodyRows(container)[0]!.cells[2]!.textContent).toBe('999')
    // The selection made elsewhere: the row comes into view, marked.
    rerender(<Sorted rows={rows} selected="20000" />)
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    await expect.poll(() => container.querySelector('tr[aria-current="true"]')).not.toBeNull()
    const current = container.querySelector<HTMLElement>('tr[aria-current="true"]')!
    expect(current.querySelector('th')!.textContent).toBe('Commune 20000')
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1)
    expectVisible(wrap, current)
    await noViolations(container)
  })
})

/** The accessibility tree of the frame holding the focus (tests run in an iframe of the runner's page). */
async function focusedFrameTree(): Promise<AxNode[]> {
  type Frame = { frame: { id: string }; childFrames?: Frame[] }
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: Frame }
  const frames: string[] = []
  const walk = (f: Frame) => {
    frames.push(f.frame.id)
    f.childFrames?.forEach(walk)
  }
  walk(frameTree)
  for (const frameId of frames.reverse()) {
    const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId })) as { nodes: AxNode[] }
    if (nodes.some((n) => n.name?.value === 'Essai')) return nodes
  }
  return []
}

interface AxNode {
  nodeId: string
  childIds?: string[]
  role: { value: string }
  name?: { value: string }
  properties?: { name: string; value: { value: unknown } }[]
}

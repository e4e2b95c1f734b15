import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import { communePopulation, threeIndicators } from './fixtures/comparison.js'
import { useBuiltAssets, withMissing } from './fixtures/cultural-share.js'
import { ComparisonTable } from '../src/components/table/index.js'
import type { IndicatorTable } from '../src/core/indicator-table.js'
import { loadTerritories } from '../src/core/registry/index.js'

const meta: Meta<typeof ComparisonTable> = {
  title: 'Widgets/ComparisonTable',
  component: ComparisonTable,
  loaders: [
    async () => {
      useBuiltAssets()
      return { tables: await threeIndicators() }
    },
  ],
}
export default meta
type Story = StoryObj<typeof ComparisonTable>

const tablesOf = (loaded: Record<string, unknown>) => loaded.tables as IndicatorTable[]
const ready = (root: HTMLElement) => waitFor(() => expect(root.querySelector('.atlas-cmp[data-ready="true"] tbody.atlas-table__rows tr')).not.toBeNull(), { timeout: 20_000 })
const names = (root: HTMLElement) => [...root.querySelectorAll('tbody.atlas-table__rows th')].map((th) => th.textContent)

export const Departements: Story = {
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} columns={['rank']} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelector('[role="status"]')!.textContent).toBe('101 départements')
    await expect(canvasElement.querySelectorAll('thead th')).toHaveLength(7)
    await expect(canvasElement.querySelectorAll('.atlas-cmp__bar span').length).toBeGreaterThan(0)
  },
}

export const BretagneDepartements: Story = {
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} within="region:53" columns={['rank']} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(names(canvasElement)).toEqual(["Côtes-d'Armor", 'Finistère', 'Ille-et-Vilaine', 'Morbihan'])
    await expect(canvasElement.querySelector('caption')!.textContent).toBe('Comparaison des indicateurs — Bretagne')
  },
}

/** `reference="parent"`: the region shown, pooled from its départements, pinned on top and base of the gaps. */
export const RegionReference: Story = {
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} within="region:53" columns={['gap']} reference="parent" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const pinned = canvasElement.querySelector('tr.atlas-cmp__ref')!
    await expect(pinned.querySelector('th')!.textContent).toBe('Bretagne')
    // Shares pooled (a value); the ministry's spending per inhabitant pooled from amounts and populations.
    await expect([...pinned.querySelectorAll('td')].filter((_, i) => i % 2 === 0).map((td) => /\d/.test(td.textContent!))).toEqual([true, true, true])
    await expect(canvasElement.querySelectorAll('thead th')).toHaveLength(7)
  },
}

export const AllCommunes: Story = {
  loaders: [
    async () => {
      useBuiltAssets()
      await loadTerritories('commune')
      return { tables: [await communePopulation()] }
    },
  ],
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} columns={['rank']} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const count = Number(canvasElement.querySelector('table')!.getAttribute('aria-rowcount')) - 1
    await expect(count).toBeGreaterThan(34_000)
    // Virtualised: a window of rows in the DOM, not 35,000.
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThanOrEqual(100)
  },
}

export const MissingValues: Story = {
  render: (args, { loaded }) => {
    const [share, ...rest] = tablesOf(loaded)
    const missing = withMissing(share!, { '22': 'secret', '29': 'not-available', '35': 'not-applicable', '56': 'invalid' })
    return <ComparisonTable {...args} tables={[missing, ...rest]} within="region:53" />
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const texts = [...canvasElement.querySelectorAll('tbody.atlas-table__rows tr')].map((tr) => tr.querySelectorAll('td')[0]!.textContent)
    await expect(texts).toEqual(['Secret statistique', 'Donnée non disponible', 'Sans objet', 'Valeur invalide dans la source'])
  },
}

export const FilterWithNoResult: Story = {
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await userEvent.type(canvasElement.querySelector('input[type="search"]')!, 'zzz')
    await waitFor(() => expect(canvasElement.querySelector('[role="status"]')!.textContent).toBe('Aucun territoire ne correspond'))
    await expect(canvasElement.querySelectorAll('tbody.atlas-table__rows tr')).toHaveLength(0)
  },
}

export const English: Story = {
  render: (args, { loaded }) => <ComparisonTable {...args} tables={tablesOf(loaded)} lang="en" columns={['rank']} within="region:53" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelector('caption')!.textContent).toBe('Indicators compared — Bretagne')
    await expect(canvasElement.querySelector('[role="status"]')!.textContent).toBe('4 départements')
    await expect(canvasElement.querySelector('tbody.atlas-table__rows td')!.textContent).toMatch(/^\d+\.\d%$/)
  },
}

export const Narrow320: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: '320px' }}>
      <ComparisonTable {...args} tables={tablesOf(loaded)} columns={['rank']} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const wrap = canvasElement.querySelector<HTMLElement>('.atlas-table-wrap')!
    await expect(wrap.getAttribute('role')).toBe('region')
    await expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth)
    // The territory column stays in view when the table scrolls sideways.
    wrap.scrollLeft = wrap.scrollWidth
    const th = wrap.querySelector<HTMLElement>('tbody.atlas-table__rows th')!
    await waitFor(() => expect(th.getBoundingClientRect().left).toBeLessThanOrEqual(wrap.getBoundingClientRect().left + 1))
  },
}

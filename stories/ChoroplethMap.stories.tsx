import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { culturalShare, useBuiltAssets, withMissing } from './fixtures/cultural-share.js'
import { ChoroplethMap } from '../src/components/map/index.js'
import { IndicatorTable } from '../src/core/indicator-table.js'
import { territories } from '../src/core/registry/store.js'
import { emptyReport, type Cell } from '../src/core/types.js'

async function departements(): Promise<IndicatorTable> {
  useBuiltAssets()
  return culturalShare()
}

/** Regions: mean of their départements — a stand-in region table to show the drill-down. */
function regions(deps: IndicatorTable): IndicatorTable {
  const cells = new Map<string, Cell>()
  for (const r of territories('region')) {
    const v = territories('departement').filter((d) => d.region === r.code).map((d) => deps.get(d.code).value!)
    const value = v.reduce((a, b) => a + b, 0) / v.length
    cells.set(r.code, { value, status: 'ok', raw: value })
  }
  return new IndicatorTable({ level: 'region', indicator: deps.indicator, cells, report: emptyReport('regions') })
}


const ready = (root: HTMLElement) => waitFor(() => expect(root.querySelector('.atlas-map[data-state="ready"]')).not.toBeNull(), { timeout: 20_000 })

const meta: Meta<typeof ChoroplethMap> = {
  title: 'Widgets/ChoroplethMap',
  component: ChoroplethMap,
  loaders: [async () => ({ deps: await departements() })],
}
export default meta
type Story = StoryObj<typeof ChoroplethMap>

export const Departements: Story = {
  render: (args, { loaded }) => <ChoroplethMap {...args} table={loaded.deps as IndicatorTable} histogram />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const paths = canvasElement.querySelectorAll('.atlas-map__shapes path')
    await expect(paths).toHaveLength(101)
    // Five classes, five distinct fills; insets framed and named; the territory outlined.
    await expect(new Set([...paths].map((p) => getComputedStyle(p).fill)).size).toBe(5)
    await expect(canvasElement.querySelectorAll('.atlas-map__frames path')).toHaveLength(5)
    await expect([...canvasElement.querySelectorAll('.atlas-map__inset-label')].map((t) => t.textContent)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'])
    await expect(getComputedStyle(canvasElement.querySelector('.atlas-map__outline path')!).stroke).toBe('rgb(102, 102, 102)')
    // The legend's histogram, and its classes highlighting their territories.
    const legend = within(canvasElement.querySelector<HTMLElement>('.atlas-map__legend')!)
    await expect(legend.getByRole('img', { name: /^Répartition des 101 valeurs/ })).toBeVisible()
    await userEvent.hover(legend.getAllByRole('button')[0]!)
    await waitFor(() => expect(canvasElement.querySelectorAll('.atlas-map__highlight').length).toBeGreaterThan(0))
    await expect(canvasElement.textContent).toContain('Contours : IGN Admin Express COG 2018')
  },
}

export const RegionsDrillDown: Story = {
  render: (args, { loaded }) => <ChoroplethMap {...args} table={[regions(loaded.deps as IndicatorTable), loaded.deps as IndicatorTable]} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelectorAll('.atlas-map__shapes path')).toHaveLength(18)
    await userEvent.click(canvasElement.querySelector('path[data-code="53"]')!)
    await waitFor(() => expect(canvasElement.querySelectorAll('.atlas-map__shapes path')).toHaveLength(4))
    await expect(canvasElement.querySelector('.atlas-map__back')!.textContent).toBe('← France entière')
  },
}

export const MissingValues: Story = {
  render: (args, { loaded }) => (
    <ChoroplethMap {...args} table={withMissing(loaded.deps as IndicatorTable, { '29': 'secret', '75': 'secret', '48': 'not-available', '976': 'not-applicable', '23': 'invalid' })} />
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const legend = within(canvasElement.querySelector<HTMLElement>('.atlas-map__legend')!)
    await expect(canvasElement.querySelectorAll('.atlas-legend__missing button')).toHaveLength(4)
    await expect(legend.getByRole('button', { name: 'Secret statistique\u00a0: 2 départements' })).toBeVisible()
    await expect(getComputedStyle(canvasElement.querySelector('path[data-code="29"]')!).fill).toMatch(/missing-secret/)
    // Every missing-value shape outlined: a white pattern background has no edge of its own.
    await expect([...canvasElement.querySelectorAll<SVGPathElement>('.atlas-map__missing path')].map((p) => p.dataset.missing).sort()).toEqual(['23', '29', '48', '75', '976'])
  },
}

export const English: Story = {
  args: { lang: 'en', within: 'region:53' },
  render: (args, { loaded }) => <ChoroplethMap {...args} table={loaded.deps as IndicatorTable} showTable />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelectorAll('.atlas-map__shapes path')).toHaveLength(4)
    await expect(canvasElement.querySelector('caption')!.textContent).toContain('Bretagne')
    await expect(canvasElement.querySelector('tbody')!.textContent).toMatch(/\d\.\d%/)
    await expect(canvasElement.querySelector('.atlas-map__back')!.textContent).toBe('← All of France')
  },
}

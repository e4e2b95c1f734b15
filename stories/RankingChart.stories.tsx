import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { RankingChart } from '../src/components/ranking/index.js'
import type { IndicatorTable } from '../src/core/indicator-table.js'
import { createSelectionStore } from '../src/core/selection.js'
import { culturalShare, useBuiltAssets, withMissing } from './fixtures/cultural-share.js'
import { culturalParts, departementTable } from './fixtures/ranking.js'

const ready = (root: HTMLElement) => waitFor(() => expect(root.querySelector('.atlas-ranking[data-state="ready"]')).not.toBeNull(), { timeout: 20_000 })
const bars = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.atlas-ranking__bar-button')]

const meta: Meta<typeof RankingChart> = {
  title: 'Widgets/RankingChart',
  component: RankingChart,
  loaders: [
    async () => {
      useBuiltAssets()
      return { deps: await culturalShare(), parts: await culturalParts() }
    },
  ],
}
export default meta
type Story = StoryObj<typeof RankingChart>
const deps = (loaded: Record<string, unknown>) => loaded.deps as IndicatorTable

/** The 101 départements: top 10, a gap, bottom 5, France pooled from the counts, the median. */
export const Departements: Story = {
  render: (args, { loaded }) => <RankingChart {...args} table={deps(loaded)} parts={loaded.parts as never} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement)).toHaveLength(15)
    await expect(canvasElement.querySelectorAll('.atlas-ranking__gap')).toHaveLength(1)
    await expect(bars(canvasElement)[0]!.textContent).toMatch(/^Paris\u00a0: [\d,]+\u00a0%, 1ᵉʳ sur 101$/)
    await expect(canvasElement.textContent).toContain('France entière')
    await userEvent.click(within(canvasElement).getByRole('button', { name: /^Tout afficher/ }))
    await waitFor(() => expect(bars(canvasElement)).toHaveLength(101))
  },
}

/** Bretagne's 4 départements, the region as parent reference. */
export const Region: Story = {
  render: (args, { loaded }) => <RankingChart {...args} table={deps(loaded)} within="region:53" parts={loaded.parts as never} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement)).toHaveLength(4)
    await expect(bars(canvasElement).map((b) => b.textContent!.split(', ').at(-1))).toEqual(['1ᵉʳ sur 4', '2ᵉ sur 4', '3ᵉ sur 4', '4ᵉ sur 4'])
    await expect(canvasElement.querySelector('.atlas-ranking__notes')!.textContent).toContain('Bretagne')
  },
}

/** Ties share a rank: « 2ᵉ ex æquo ». */
export const Ties: Story = {
  render: (args) => <RankingChart {...args} table={departementTable({ '29': 3, '22': 2, '35': 2, '56': 1 }, { id: 'ties', label: 'Scènes labellisées', unit: '' })} within="region:53" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement).map((b) => b.textContent)).toEqual([
      'Finistère\u00a0: 3,0, 1ᵉʳ sur 4',
      "Côtes-d'Armor\u00a0: 2,0, 2ᵉ ex æquo sur 4",
      'Ille-et-Vilaine\u00a0: 2,0, 2ᵉ ex æquo sur 4',
      'Morbihan\u00a0: 1,0, 4ᵉ sur 4',
    ])
  },
}

/** Missing values listed apart by reason, never bars of zero. */
export const MissingValues: Story = {
  render: (args, { loaded }) => <RankingChart {...args} table={withMissing(deps(loaded), { '29': 'secret', '22': 'secret', '56': 'not-available' })} within="region:53" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement)).toHaveLength(1)
    await expect(canvasElement.querySelector('.atlas-ranking__missing')!.textContent).toContain('Secret statistique\u00a0: 2\u00a0; Donnée non disponible\u00a0: 1')
  },
}

/** Negative values extend left of the zero axis. */
export const NegativeValues: Story = {
  render: (args) => <RankingChart {...args} table={departementTable({ '29': 1.2, '22': -0.4, '35': 0.8, '56': -1.5 }, { id: 'evolution', label: 'Évolution annuelle de la population', unit: '%' })} within="region:53" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const zero = canvasElement.querySelector<HTMLElement>('.atlas-ranking__zero')!.getBoundingClientRect().left
    const morbihan = canvasElement.querySelector<HTMLElement>('[data-code="56"] .atlas-ranking__bar')!.getBoundingClientRect()
    await expect(Math.abs(morbihan.right - zero)).toBeLessThan(2)
    await expect(morbihan.left).toBeLessThan(zero - 20)
  },
}

/** The selection outside the top 10 and bottom 5 stays in view after a gap, with its rank. */
export const SelectionOutside: Story = {
  render: (args, { loaded }) => {
    const store = createSelectionStore()
    store.selected.value = '29'
    return <RankingChart {...args} table={deps(loaded)} store={store} />
  },
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement)).toHaveLength(16)
    await expect(canvasElement.querySelectorAll('.atlas-ranking__gap')).toHaveLength(2)
    const selected = canvasElement.querySelector<HTMLElement>('[aria-current="true"]')!
    await expect(selected.textContent).toMatch(/^Finistère\u00a0: .*ᵉ sur 101$/)
  },
}

/** Long names wrap on two lines, the full name in the accessible name and the tooltip. */
export const LongNames: Story = {
  render: (args) => (
    <div style={{ width: '480px' }}>
      <RankingChart {...args} table={departementTable({ '04': 3.1, '05': 2.9, '06': 2.2, '13': 4.0, '83': 3.3, '84': 2.5 }, { id: 'long', label: 'Part des actifs', unit: '%' })} within="region:93" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const alpes = canvasElement.querySelector<HTMLElement>('button[data-code="04"]')!
    await expect(alpes.textContent).toMatch(/^Alpes-de-Haute-Provence\u00a0:/)
    await userEvent.hover(alpes)
    await waitFor(() => expect(canvasElement.querySelector('[role="tooltip"]')!.textContent).toContain('Alpes-de-Haute-Provence'))
  },
}

/** 320 px: names above bars, no horizontal scrolling. */
export const Narrow: Story = {
  render: (args, { loaded }) => (
    <div style={{ width: '320px' }}>
      <RankingChart {...args} table={deps(loaded)} within="region:53" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const chart = canvasElement.querySelector<HTMLElement>('.atlas-ranking')!
    await expect(chart.scrollWidth).toBeLessThanOrEqual(chart.clientWidth + 1)
    const button = bars(canvasElement)[0]!
    const name = button.querySelector('.atlas-ranking__name')!.getBoundingClientRect()
    const track = button.querySelector('.atlas-ranking__track')!.getBoundingClientRect()
    await expect(name.bottom).toBeLessThanOrEqual(track.top + 1)
  },
}

/** English texts. */
export const English: Story = {
  render: (args, { loaded }) => <RankingChart {...args} table={deps(loaded)} within="region:53" lang="en" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(bars(canvasElement)[0]!.textContent).toMatch(/^\S.*: [\d.]+%, 1st of 4$/)
    await expect(within(canvasElement).getByRole('button', { name: 'highest first' }).getAttribute('aria-pressed')).toBe('true')
  },
}

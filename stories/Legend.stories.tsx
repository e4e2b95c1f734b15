import { signal } from '@preact/signals'
import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect, userEvent } from 'storybook/test'
import { Legend, type LegendProps } from '../src/components/legend/Legend.js'
import type { LegendKey } from '../src/components/legend/legend-model.js'
import { classify } from '../src/core/scales/classify.js'
import { classifyCategories } from '../src/core/scales/classify-categories.js'

// Share of workers in the cultural sectors (%), 23 départements, computed from Deps, Atlas Culture,
// « Actifs dans les secteurs culturels », departement.csv (actifs culturels / actifs × 100), typed by
// hand: Ain, Alpes-Maritimes, Aude, Bouches-du-Rhône, Charente, Côtes-d'Armor, Eure, Gard,
// Ille-et-Vilaine, Landes, Loiret, Manche, Meuse, Oise, Hautes-Pyrénées, Rhône, Haute-Saône, Paris,
// Somme, Vendée, Territoire de Belfort, Val-d'Oise, Mayotte.
const SHARE = [1.19, 2.5, 1.8, 2.51, 2.03, 1.7, 1.38, 2.13, 2.34, 1.42, 1.41, 1.29, 1.1, 1.34, 1.55, 2.83, 1.14, 9.51, 1.21, 1.26, 1.38, 1.54, 0.68]
/** France entière, same source: 2,59 %. */
const FRANCE = 2.59

// Insee communal density grid 2020 (grille-communale-de-densite.csv): communes per class.
const GRID = ['Très dense', 'Densité intermédiaire', 'Peu dense', 'Très peu dense']
const GRID_COUNTS = [774, 3419, 18763, 12012]
const gridValues = GRID.flatMap((c, i) => Array<string>(GRID_COUNTS[i]!).fill(c))

const meta: Meta<LegendProps> = {
  title: 'Components/Legend',
  component: Legend,
  args: { unit: '%', level: 'departement', title: 'Part des actifs dans les secteurs culturels', widgetId: 'story' },
}
export default meta
type Story = StoryObj<LegendProps>

export const Quantiles: Story = {
  args: { classification: classify(SHARE, { classes: 5 }), missing: { secret: 1 } },
  play: async ({ canvas }) => {
    const buttons = canvas.getAllByRole('button')
    await expect(buttons).toHaveLength(6)
    await expect(canvas.getByText('Quantiles')).toBeVisible()
    // 23 values: rounding to 0,1 would move the two tied 1,38 into another class, so 0,01 it is.
    await expect(buttons[0]!.textContent).toMatch(/^moins de 1,\d+\u00a0% 5 départements$/)
    await expect(buttons[5]!).toHaveAccessibleName('Secret statistique\u00a0: 1 département')
  },
}

const highlighted = signal<LegendKey | null>(null)

export const JenksWithHistogram: Story = {
  args: { classification: classify(SHARE, { method: 'jenks', classes: 4 }), histogram: true, values: SHARE, highlighted },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Seuils naturels (Jenks)')).toBeVisible()
    // The histogram's code is fetched when first drawn.
    await expect((await canvas.findByRole('img')).getAttribute('aria-label')).toBe('Répartition des 23 valeurs, de 0,68\u00a0% à 9,5\u00a0%')
    const last = canvas.getAllByRole('button').at(-1)!
    // Paris alone in the top class.
    await expect(last.textContent).toMatch(/1 département$/)
    await userEvent.hover(last)
    await expect(highlighted.value).toBe(3)
    await userEvent.unhover(last)
    await expect(highlighted.value).toBeNull()
  },
}

export const AroundFrance: Story = {
  args: { classification: classify(SHARE, { classes: 6, reference: FRANCE }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('.atlas-legend__method')!.textContent).toBe('Quantiles, de part et d’autre de 2,6\u00a0%')
    // Three classes under the France value, the rest from it.
    await expect(canvas.getAllByRole('button')[3]!.textContent).toMatch(/^de 2,6 à moins de/)
  },
}

export const DensityGrid: Story = {
  args: { classification: classifyCategories(gridValues, { categories: GRID }), unit: '', level: 'commune', title: 'Grille communale de densité' },
  play: async ({ canvas }) => {
    const buttons = canvas.getAllByRole('button')
    await expect(buttons.map((b) => b.textContent)).toEqual(GRID.map((c, i) => `${c} ${GRID_COUNTS[i]!.toLocaleString('fr-FR')} communes`))
    await userEvent.tab()
    await expect(buttons[0]).toHaveFocus()
  },
}

export const English: Story = {
  args: { classification: classify(SHARE, { method: 'equal', classes: 3 }), lang: 'en', title: 'Share of workers in cultural sectors', missing: { 'not-available': 2 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Equal intervals')).toBeVisible()
    await expect(canvas.getByText('Not available')).toBeVisible()
    await expect(canvas.getAllByRole('button')[0]!.textContent).toMatch(/^less than \d\.\d%/)
  },
}

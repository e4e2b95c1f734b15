import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect, waitFor, within } from 'storybook/test'
import { FINISTERE_BLANKS, LONG_ANALYSIS, portraitFigures } from './fixtures/portrait.js'
import { useBuiltAssets } from './fixtures/cultural-share.js'
import { PrintPreview } from './fixtures/print.js'
import { PortraitCard } from '../src/components/portrait/index.js'
import type { PortraitFigureInput } from '../src/components/portrait/compute.js'

type Loaded = { regions: PortraitFigureInput[]; departements: PortraitFigureInput[]; blanked: PortraitFigureInput[] }

// The card reports `data-state="ready"`; the locator its own once its geometry is drawn.
const ready = (root: HTMLElement) =>
  waitFor(() => expect(root.querySelector('.atlas-portrait__locator[data-state="ready"], .atlas-portrait:not(:has(.atlas-portrait__locator))')).not.toBeNull(), { timeout: 20_000 })
const sentences = (root: HTMLElement) => [...root.querySelectorAll('.atlas-portrait__sentence')].map((p) => p.textContent!.trim())

const meta: Meta<typeof PortraitCard> = {
  title: 'Widgets/PortraitCard',
  component: PortraitCard,
  loaders: [
    async (): Promise<Loaded> => {
      useBuiltAssets()
      const [regions, departements, blanked] = await Promise.all([portraitFigures('region'), portraitFigures('departement'), portraitFigures('departement', undefined, FINISTERE_BLANKS)])
      return { regions, departements, blanked }
    },
  ],
}
export default meta
type Story = StoryObj<typeof PortraitCard>
const data = (loaded: Record<string, unknown>) => loaded as Loaded

export const Bretagne: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'region', code: '53' }} figures={data(loaded).regions} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const card = within(canvasElement)
    await expect(card.getByRole('heading', { level: 2 }).textContent).toBe('Bretagne')
    await expect(canvasElement.querySelector('.atlas-portrait__subtitle')!.textContent).toBe('région')
    await expect(sentences(canvasElement)[0]).toMatch(/^Avec \d+,\d\s% d’actifs dans les secteurs culturels, la Bretagne se situe (au-dessus|en dessous) de la valeur nationale \(\d+,\d\s%\), au \d+ᵉ rang des 18 régions\. 1$/)
    // Gaps carry an arrow and words, never colour alone.
    await expect(canvasElement.querySelector('.atlas-portrait__gaps li')!.textContent).toMatch(/^[▲▼=] [+−]?\d+,\d\spoints? \((au-dessus|en dessous|égal)\) par rapport à France entière \(\d+,\d\s%\)$/)
    await expect(canvasElement.querySelector('.atlas-portrait__locator-target')!.getAttribute('data-code')).toBe('53')
  },
}

export const Finistere: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'departement', code: '29' }} figures={data(loaded).departements} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelector('.atlas-portrait__subtitle')!.textContent).toBe('département, Bretagne')
    // Two comparisons for a département: France, then its region pooled from its départements.
    const gaps = [...canvasElement.querySelectorAll('.atlas-portrait__figure')[0]!.querySelectorAll('.atlas-portrait__gaps li')].map((li) => li.textContent)
    await expect(gaps).toHaveLength(2)
    await expect(gaps[1]).toMatch(/par rapport à Bretagne \(\d+,\d\s%\)$/)
    await expect(sentences(canvasElement)[0]).toMatch(/le Finistère se situe .* rang des 101 départements\. 1$/)
  },
}

export const France: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'france' }} figures={data(loaded).regions} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelector('h2')!.textContent).toBe('France')
    await expect(canvasElement.querySelector('.atlas-portrait__subtitle')!.textContent).toBe('France entière')
    await expect(sentences(canvasElement)[0]).toMatch(/^Avec .*, la France se situe .* la valeur de la France métropolitaine/)
    await expect(canvasElement.querySelector('.atlas-portrait__figure .atlas-portrait__rank')!.textContent).toMatch(/^de \d+,\d\s% \(.+\) à \d+,\d\s% \(.+\)$/)
    await expect(canvasElement.querySelector('.atlas-portrait__locator-all')).not.toBeNull()
  },
}

export const English: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'departement', code: '29' }} figures={data(loaded).departements} lang="en" />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expect(canvasElement.querySelector('.atlas-portrait')!.getAttribute('lang')).toBe('en')
    await expect(canvasElement.querySelector('.atlas-portrait__subtitle')!.textContent).toBe('département, Bretagne')
    await expect(sentences(canvasElement)[0]).toMatch(/^With \d+\.\d\s?% for “Part des actifs dans les secteurs culturels”, Finistère is (above|below|level with) the national value/)
    await expect(within(canvasElement).getByRole('heading', { name: 'Key figures' })).toBeTruthy()
  },
}

export const Narrow320: Story = {
  name: '320 px',
  render: (args, { loaded }) => (
    <div style={{ width: '320px' }}>
      <PortraitCard {...args} territory={{ level: 'departement', code: '92' }} figures={data(loaded).departements} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const card = canvasElement.querySelector<HTMLElement>('.atlas-portrait')!
    // Reflows to one column: nothing wider than the 320 px box (WCAG 1.4.10).
    await expect(card.scrollWidth).toBeLessThanOrEqual(320)
    await expect(sentences(canvasElement)[0]).toMatch(/les Hauts-de-Seine se situent/)
  },
}

export const MissingValues: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'departement', code: '29' }} figures={data(loaded).blanked} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const figures = canvasElement.querySelectorAll('.atlas-portrait__figure')
    await expect([...figures].map((f) => f.getAttribute('data-status'))).toEqual(['secret', 'not-available', 'ok', 'ok'])
    await expect(sentences(canvasElement).slice(0, 2)).toEqual([
      'Part des actifs dans les secteurs culturels du Finistère : non disponible (secret statistique). 1',
      'Part des actifs exerçant une profession culturelle du Finistère : non disponible (aucune valeur publiée). 2',
    ])
    // No number, no gap, no rank for a missing figure.
    await expect(figures[0]!.querySelector('.atlas-portrait__gaps, .atlas-portrait__rank')).toBeNull()
  },
}

export const LongAnalysis: Story = {
  render: (args, { loaded }) => <PortraitCard {...args} territory={{ level: 'departement', code: '29' }} figures={data(loaded).departements} analysis={LONG_ANALYSIS} headingLevel={3} />,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const analysis = canvasElement.querySelector('.atlas-portrait__analysis')!
    await expect(analysis.querySelectorAll('p')).toHaveLength(2)
    await expect(analysis.querySelectorAll('ul li')).toHaveLength(3)
    await expect(analysis.querySelectorAll('ol li')).toHaveLength(2)
    await expect([...analysis.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.culture.gouv.fr/', 'https://www.insee.fr/fr/statistiques'])
    await expect(within(canvasElement).getByRole('heading', { level: 3 }).textContent).toBe('Finistère')
  },
}

/**
 * As printed: the print stylesheet applied on screen (print media emulated by {@link PrintPreview}) in the
 * printable width of an A4 page, with the longest content (four figures, the long analysis). The PDF Chromium
 * prints of the same portrait is one page: tests/components/portrait/styles.test.ts.
 */
export const Print: Story = {
  render: (args, { loaded }) => (
    <PrintPreview>
      <PortraitCard {...args} territory={{ level: 'departement', code: '29' }} figures={data(loaded).departements} analysis={LONG_ANALYSIS} />
    </PrintPreview>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const box = canvasElement.querySelector<HTMLElement>('.print-preview[data-print="ready"]')!
    const card = canvasElement.querySelector<HTMLElement>('.atlas-portrait')!
    // The print rules apply: 10 pt text, two figures a row.
    await expect(parseFloat(getComputedStyle(card).fontSize)).toBeCloseTo((10 * 96) / 72, 3)
    await expect(getComputedStyle(card.querySelector('.atlas-portrait__figures')!).gridTemplateColumns.split(' ')).toHaveLength(2)
    // The whole card within the box of one A4 page's printable area (its height fixed; the card may overflow it).
    await expect(card.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.getBoundingClientRect().bottom)
  },
}

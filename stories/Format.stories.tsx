import type { Meta, StoryObj } from '@storybook/preact-vite'
import { expect } from 'storybook/test'
import { formatNumber, formatRank } from '../src/core/format.js'

function Numbers({ value, unit }: { value: number; unit: string }) {
  return (
    <dl>
      <dt>fr</dt>
      <dd data-testid="fr">{formatNumber(value, { unit, digits: 1 })}</dd>
      <dt>en</dt>
      <dd data-testid="en">{formatNumber(value, { unit, lang: 'en', digits: 1 })}</dd>
      <dt>rang</dt>
      <dd>{formatRank(3, 101)}</dd>
    </dl>
  )
}

const meta: Meta<typeof Numbers> = { title: 'Core/Number formatting', component: Numbers }
export default meta

export const Euros: StoryObj<typeof Numbers> = {
  args: { value: 12345.6, unit: '€' },
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('fr').textContent).toBe('12\u202f345,6\u00a0€')
  },
}

import { signal } from '@preact/signals'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { Legend } from '../../../src/components/legend/Legend.js'
import type { LegendKey } from '../../../src/components/legend/legend-model.js'
import { classify } from '../../../src/core/scales/classify.js'

const SHARE = [1.19, 1.41, 1.67, 1.68, 1.22, 1.41, 1.88, 1.81, 1.22, 1.93, 1.38, 1.78, 2.41, 9.51]

afterEach(cleanup)

describe('Legend', () => {
  it('defaults: French text, one button per class, no histogram', () => {
    render(<Legend classification={classify(SHARE, { classes: 4 })} />)
    expect(screen.getByText('Quantiles')).toBeTruthy()
    expect(screen.getAllByRole('button')).toHaveLength(4)
    expect(screen.queryByRole('img')).toBeNull()
  })
  it('gives each entry an accessible name with range and count, and patterns for missing values', async () => {
    render(<Legend classification={classify(SHARE, { classes: 3, method: 'jenks' })} unit="%" level="departement" widgetId="m1" missing={{ secret: 2 }} histogram values={SHARE} />)
    const buttons = screen.getAllByRole('button')
    expect(buttons).toHaveLength(4)
    expect(buttons[2]!.getAttribute('aria-label')).toMatch(/% et plus\u00a0: 1 département$/)
    expect(buttons[3]!.getAttribute('aria-label')).toBe('Secret statistique\u00a0: 2 départements')
    const pattern = document.getElementById('m1-legend-missing-secret')
    expect(pattern?.tagName.toLowerCase()).toBe('pattern')
    expect(buttons[3]!.querySelector('rect[fill="url(#m1-legend-missing-secret)"]')).toBeTruthy()
    // The histogram's code is fetched when first drawn.
    expect((await screen.findByRole('img')).getAttribute('aria-label')).toMatch(/^Répartition des 14 valeurs/)
  })
  it('highlights on hover and focus, pins on click', () => {
    const highlighted = signal<LegendKey | null>(null)
    const seen: (LegendKey | null)[] = []
    render(<Legend classification={classify(SHARE, { classes: 3 })} highlighted={highlighted} onHighlight={(k) => seen.push(k)} missing={{ invalid: 1 }} />)
    const [first, second, , invalid] = screen.getAllByRole('button')
    fireEvent.mouseEnter(second!)
    expect(highlighted.value).toBe(1)
    fireEvent.mouseLeave(second!)
    expect(highlighted.value).toBeNull()
    fireEvent.focus(invalid!)
    expect(highlighted.value).toBe('invalid')
    fireEvent.click(first!)
    expect(first!.getAttribute('aria-pressed')).toBe('true')
    fireEvent.mouseEnter(second!)
    fireEvent.mouseLeave(second!)
    expect(highlighted.value).toBe(0)
    fireEvent.click(first!)
    expect(highlighted.value).toBeNull()
    expect(seen).toContain('invalid')
  })
  it('speaks English', () => {
    render(<Legend classification={classify(SHARE, { classes: 3, method: 'equal' })} lang="en" unit="%" />)
    expect(screen.getByText('Equal intervals')).toBeTruthy()
    expect(screen.getAllByRole('button')[0]!.textContent).toMatch(/^less than/)
  })
})

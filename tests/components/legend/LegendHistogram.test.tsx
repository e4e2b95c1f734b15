import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { LegendHistogram, LegendHistogramOf } from '../../../src/components/legend/LegendHistogram.js'
import { classify } from '../../../src/core/scales/classify.js'
import type { NumericClassification } from '../../../src/core/scales/classification.js'

afterEach(cleanup)

describe('LegendHistogram', () => {
  it('is an image named by its summary, one rect per bar', () => {
    const bars = [{ x: 0, y: 10, width: 8, height: 30, classIndex: 0, color: '#e3e3fd', count: 3 }]
    render(<LegendHistogram model={{ width: 160, height: 40, bars, label: 'Répartition des 3 valeurs' }} />)
    const img = screen.getByRole('img', { name: 'Répartition des 3 valeurs' })
    expect(img.querySelectorAll('rect')).toHaveLength(1)
    expect(img.querySelector('rect')!.getAttribute('fill')).toBe('#e3e3fd')
  })

  it('draws from the legend\'s input: the bars of the values, named by their summary', () => {
    const values = [1, 2, 2, 3, 8, 9]
    const classification = classify(values, { classes: 3 }) as NumericClassification
    render(<LegendHistogramOf input={{ classification, values, colors: ['#a', '#b', '#c'], lang: 'fr', unit: '' }} />)
    const img = screen.getByRole('img', { name: /^Répartition des 6 valeurs/ })
    expect(img.querySelectorAll('rect').length).toBeGreaterThan(1)
  })
})

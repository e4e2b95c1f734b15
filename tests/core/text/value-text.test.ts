import { describe, expect, it } from 'vitest'
import { indicatorMeta } from '../../../src/core/indicator-table.js'
import { valueText } from '../../../src/core/text/value-text.js'

const indicator = indicatorMeta({ label: 'Part', unit: '%', digits: 1 })

describe('valueText', () => {
  it('formats the value the French way by default table, with its unit', () => {
    expect(valueText({ value: 2.1, status: 'ok', raw: '2.1' }, indicator, 'fr')).toBe('2,1\u00a0%')
    expect(valueText({ value: 2.1, status: 'ok', raw: '2.1' }, indicator, 'en')).toBe('2.1%')
  })

  it('says a missing value in words, and shows a category as it is', () => {
    expect(valueText({ value: null, status: 'secret', raw: 's' }, indicator, 'fr')).toBe('Secret statistique')
    expect(valueText({ value: null, status: 'secret', raw: 's' }, indicator, 'en')).toBe('Statistical secrecy')
    expect(valueText({ value: null, status: 'ok', raw: 'x' }, indicator, 'fr')).toBe('Donnée non disponible')
    expect(valueText({ value: null, status: 'ok', raw: 'Rural', category: 'Rural' }, indicator, 'fr')).toBe('Rural')
  })
})

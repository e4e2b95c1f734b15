import { describe, expect, it } from 'vitest'
import { indicatorMeta } from '../../src/core/indicator-table.js'

import { ok, table } from '../support/table.js'

describe('indicatorMeta', () => {
  it('fills the documented defaults', () => {
    expect(indicatorMeta({ label: 'Dépenses culturelles par habitant' })).toEqual({
      id: 'depenses-culturelles-par-habitant',
      label: 'Dépenses culturelles par habitant',
      unit: '',
      definition: '',
      source: '',
      year: '',
      kind: 'quantitative',
    })
  })
})

describe('IndicatorTable', () => {
  it('answers not-available for a territory the source did not mention, and tells it apart', () => {
    const t = table([['29', ok(2.1)]])
    expect(t.get('29')).toEqual({ value: 2.1, status: 'ok', raw: '2.1' })
    expect(t.get('22')).toEqual({ value: null, status: 'not-available', raw: undefined })
    expect(t.has('22')).toBe(false)
    expect(t.size).toBe(1)
  })

  it('ranks ok values from the highest, ties sharing the best rank, missing values unranked', () => {
    const t = table([
      ['01', ok(3)],
      ['02', ok(5)],
      ['03', ok(3)],
      ['04', { value: null, status: 'secret', raw: 's' }],
      ['05', ok(1)],
    ])
    expect(['02', '01', '03', '05', '04'].map((c) => t.rank(c))).toEqual([1, 2, 2, 4, undefined])
    expect(t.rankedCount).toBe(4)
    expect(t.values().sort()).toEqual([1, 3, 3, 5])
    expect(t.missingCounts()).toEqual({ secret: 1, 'not-available': 0, 'not-applicable': 0, invalid: 0 })
  })
})

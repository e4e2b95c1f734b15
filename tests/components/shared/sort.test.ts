import { describe, expect, it } from 'vitest'
import { nextSort, sortOrder } from '../../../src/components/shared/sort.js'

describe('sort', () => {
  it('defaults: a new column sorts ascending, the same column reverses', () => {
    expect(nextSort(undefined, 'a')).toEqual({ key: 'a', direction: 'ascending' })
    expect(nextSort({ key: 'a', direction: 'ascending' }, 'a')).toEqual({ key: 'a', direction: 'descending' })
    expect(nextSort({ key: 'a', direction: 'descending' }, 'b', true)).toEqual({ key: 'b', direction: 'descending' })
  })

  it('puts missing values last in both directions, stable on ties', () => {
    const keys = [3, undefined, 1, 3, Number.NaN, 2]
    expect([...sortOrder(keys, 'ascending')]).toEqual([2, 5, 0, 3, 1, 4])
    expect([...sortOrder(keys, 'descending')]).toEqual([0, 3, 5, 2, 1, 4])
  })

  it('sorts strings with the collator given', () => {
    const fr = new Intl.Collator('fr', { sensitivity: 'base' })
    expect([...sortOrder(['Évreux', 'Ajaccio', 'Eaubonne', 'Zonza'], 'ascending', fr)]).toEqual([1, 2, 0, 3])
  })
})

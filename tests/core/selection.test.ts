import { effect } from '@preact/signals'
import { describe, expect, it } from 'vitest'
import { createSelectionStore, selectionGroup } from '../../src/core/selection.js'

describe('selection store', () => {
  it('starts with nothing selected on the départements of France entière', () => {
    const s = createSelectionStore()
    expect(s.selected.value).toBeNull()
    expect(s.hovered.value).toBeNull()
    expect(s.view.value).toEqual({ level: 'departement', within: null })
  })

  it('notifies followers when a widget selects a territory', () => {
    const s = createSelectionStore()
    const seen: (string | null)[] = []
    const stop = effect(() => void seen.push(s.selected.value))
    s.selected.value = '29'
    stop()
    expect(seen).toEqual([null, '29'])
  })

  it('shares one store per group name, and keeps groups apart', () => {
    expect(selectionGroup('bretagne')).toBe(selectionGroup('bretagne'))
    expect(selectionGroup('bretagne')).not.toBe(selectionGroup('occitanie'))
    selectionGroup('bretagne').selected.value = '29'
    expect(selectionGroup('occitanie').selected.value).toBeNull()
  })
})

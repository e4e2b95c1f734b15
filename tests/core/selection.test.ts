import { effect } from '@preact/signals'
import { describe, expect, it, vi } from 'vitest'
import { groupChannel } from '../../src/core/page-channel.js'
import { createSelectionStore, joinGroup, selectionGroup } from '../../src/core/selection.js'

describe('selection store', () => {
  it('starts with nothing selected on the départements of France entière, view not set, no indicator', () => {
    const s = createSelectionStore()
    expect(s.selected.value).toBeNull()
    expect(s.hovered.value).toBeNull()
    expect(s.indicator.value).toBeNull()
    expect(s.view.value).toEqual({ level: 'departement', within: null })
    expect(s.viewSet.value).toBe(false)
  })

  it('a store made with a view has it set; any later write of the view marks it set', () => {
    expect(createSelectionStore({ level: 'region', within: null }).viewSet.value).toBe(true)
    const s = createSelectionStore()
    s.view.value = { level: 'region', within: null }
    expect(s.viewSet.value).toBe(true)
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

  it('a group store and the page-wide channel follow each other both ways, without echo', () => {
    const store = selectionGroup('both-ways')
    const channel = groupChannel('both-ways')
    let notified = 0
    channel.subscribe(() => notified++)
    store.selected.value = '56'
    store.indicator.value = 'emploi'
    expect(channel.get()).toMatchObject({ selected: '56', indicator: 'emploi', view: null })
    expect(notified).toBe(2)
    channel.set({ hovered: '35', view: { level: 'commune', within: { level: 'departement', code: '35' } } })
    expect(store.hovered.value).toBe('35')
    expect(store.view.value).toEqual({ level: 'commune', within: { level: 'departement', code: '35' } })
    expect(store.viewSet.value).toBe(true)
    expect(notified).toBe(3)
  })

  it('two copies of the library (two bundles) share one group through the channel, each with its own store', async () => {
    vi.resetModules()
    const other = (await import('../../src/core/selection.js?copy=2' as string)) as typeof import('../../src/core/selection.js')
    const mine = selectionGroup('two-copies')
    const theirs = other.selectionGroup('two-copies')
    expect(theirs).not.toBe(mine)
    theirs.selected.value = '29'
    expect(mine.selected.value).toBe('29')
    mine.view.value = { level: 'departement', within: { level: 'region', code: '53' } }
    expect(theirs.view.value).toEqual({ level: 'departement', within: { level: 'region', code: '53' } })
    expect(theirs.viewSet.value).toBe(true)
  })

  it('a view at a level this copy does not know (another version) is not taken', () => {
    const store = selectionGroup('future')
    groupChannel('future').set({ view: { level: 'iris', within: null } })
    expect(store.view.value).toEqual({ level: 'departement', within: null })
    expect(store.viewSet.value).toBe(false)
  })
})

describe('joined groups', () => {
  const names = () => (globalThis as unknown as Record<symbol, { names: () => string[] }>)[Symbol.for('atlas-culture.groups@1')]!.names()
  const nextTask = () => new Promise((done) => setTimeout(done))

  it('elements joining one name share its store; when the last leaves, the store and the page-wide channel are dropped after the task', async () => {
    const [a, leaveA] = joinGroup('released')
    const [b, leaveB] = joinGroup('released')
    expect(b).toBe(a)
    a.selected.value = '29'
    leaveA()
    leaveB()
    expect(names()).toContain('released')
    await nextTask()
    expect(names()).not.toContain('released')
    const [c, leaveC] = joinGroup('released')
    expect(c).not.toBe(a)
    expect(c.selected.value).toBeNull()
    // The dropped store no longer follows the channel, nor writes to it.
    a.selected.value = '56'
    expect(c.selected.value).toBeNull()
    leaveC()
    await nextTask()
    expect(names()).not.toContain('released')
  })

  it('an element moved in the DOM (leaves, then joins again in the same task) keeps the group’s state', async () => {
    const [a, leave] = joinGroup('moved')
    a.selected.value = '35'
    leave()
    const [b, leaveAgain] = joinGroup('moved')
    await nextTask()
    expect(b).toBe(a)
    expect(b.selected.value).toBe('35')
    expect(names()).toContain('moved')
    leaveAgain()
    await nextTask()
    expect(names()).not.toContain('moved')
  })

  it('selectionGroup() keeps its store for the page’s life', async () => {
    const pinned = selectionGroup('kept')
    const [same, leave] = joinGroup('kept')
    expect(same).toBe(pinned)
    leave()
    await nextTask()
    expect(joinGroup('kept')[0]).toBe(pinned)
  })
})

import { describe, expect, it, vi } from 'vitest'
import { groupChannel, joinChannel, sameView } from '../../src/core/page-channel.js'

describe('page-wide group channel', () => {
  it('starts empty: nothing selected, hovered or put forward, and no view', () => {
    expect(groupChannel('defaults').get()).toEqual({ selected: null, hovered: null, view: null, indicator: null })
  })

  it('is one object per name on the page, kept under a symbol (no global name), apart per name', () => {
    const before = Object.keys(globalThis)
    expect(groupChannel('a')).toBe(groupChannel('a'))
    expect(groupChannel('a')).not.toBe(groupChannel('b'))
    expect(Object.keys(globalThis)).toEqual(before)
    const registry = (globalThis as unknown as Record<symbol, { version: number; channel: (n: string) => unknown }>)[Symbol.for('atlas-culture.groups@1')]!
    expect(registry.version).toBe(1)
    expect(registry.channel('a')).toBe(groupChannel('a'))
  })

  it('a second copy of the module (another bundle) finds the same channels', async () => {
    vi.resetModules()
    const other = (await import('../../src/core/page-channel.js?copy=2' as string)) as typeof import('../../src/core/page-channel.js')
    expect(other.groupChannel).not.toBe(groupChannel)
    other.groupChannel('shared').set({ selected: '29' })
    expect(groupChannel('shared').get().selected).toBe('29')
  })

  it('notifies only on change, views compared by content, and hands out frozen values', () => {
    const c = groupChannel('notify')
    const seen: unknown[] = []
    const stop = c.subscribe((s) => seen.push(s))
    c.set({ view: { level: 'departement', within: { level: 'region', code: '53' } } })
    c.set({ view: { level: 'departement', within: { level: 'region', code: '53' } } })
    c.set({ selected: null })
    c.set({ selected: '29', hovered: '22' })
    stop()
    c.set({ selected: '35' })
    expect(seen).toHaveLength(2)
    const state = c.get()
    expect(state).toEqual({ selected: '35', hovered: '22', view: { level: 'departement', within: { level: 'region', code: '53' } }, indicator: null })
    expect(Object.isFrozen(state) && Object.isFrozen(state.view) && Object.isFrozen(state.view!.within)).toBe(true)
  })

  it('a listener that unsubscribes while called does not stop the others', () => {
    const c = groupChannel('unsubscribe')
    const calls: string[] = []
    const stopA = c.subscribe(() => {
      calls.push('a')
      stopA()
    })
    c.subscribe(() => calls.push('b'))
    c.set({ hovered: '01' })
    c.set({ hovered: '02' })
    expect(calls).toEqual(['a', 'b', 'b'])
  })

  it('compares views by level and area', () => {
    expect(sameView({ level: 'region', within: null }, { level: 'region', within: null })).toBe(true)
    expect(sameView({ level: 'region', within: null }, { level: 'departement', within: null })).toBe(false)
    expect(sameView({ level: 'commune', within: { level: 'departement', code: '29' } }, { level: 'commune', within: { level: 'departement', code: '22' } })).toBe(false)
    expect(sameView(null, { level: 'region', within: null })).toBe(false)
  })
})

describe('page-wide group channel: users', () => {
  const registry = () => (globalThis as unknown as Record<symbol, { join: (n: string) => readonly [unknown, () => void]; names: () => string[] }>)[Symbol.for('atlas-culture.groups@1')]!

  const nextTask = () => new Promise((done) => setTimeout(done))

  it('a joined channel is the same object for every user, and is dropped at the end of the task its last user left in', async () => {
    const [a, leaveA] = joinChannel('joined')
    const [b, leaveB] = joinChannel('joined')
    expect(b).toBe(a)
    a.set({ selected: '29' })
    expect(registry().names()).toContain('joined')
    leaveA()
    await nextTask()
    expect(registry().names()).toContain('joined')
    leaveB()
    expect(registry().names()).toContain('joined')
    await nextTask()
    expect(registry().names()).not.toContain('joined')
    // A new user finds a new, empty channel.
    const [c, leaveC] = joinChannel('joined')
    expect(c).not.toBe(a)
    expect(c.get().selected).toBeNull()
    // Left and joined again in one task: the same channel.
    leaveC()
    const [d, leaveD] = joinChannel('joined')
    await nextTask()
    expect(d).toBe(c)
    leaveD()
  })

  it('groupChannel() keeps its channel for the page’s life (its callers never leave)', () => {
    const pinned = groupChannel('pinned')
    const [same, leave] = joinChannel('pinned')
    expect(same).toBe(pinned)
    leave()
    expect(registry().names()).toContain('pinned')
  })
})

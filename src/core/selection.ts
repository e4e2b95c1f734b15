import { batch, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals'
import { joinChannel, sameView, type ChannelView, type GroupChannel, type GroupState } from './page-channel.js'
import { LEVELS, type Level } from './types.js'
import type { View } from './view.js'

// `View` lives with its parser and checks in view.ts; re-exported here, where it was first declared.
export type { View }

/**
 * Shared state of a group of widgets. Plain signals: any widget (or host code) can read and write
 * them, and every widget of the group re-renders on change.
 *
 * Who sets `view`: the user, through a widget's controls (drill-down, navigation), in event
 * handlers; a widget's own `level`/`within` props, after render, when it mounts on a store whose
 * `viewSet` is still false and whenever those props change; host code and `sync-url`, at any time
 * outside a render. Never a widget while it renders. A widget whose view level has no data says so.
 */
export interface SelectionStore {
  /** Code of the selected territory (click, Enter), or `null`. */
  readonly selected: Signal<string | null>
  /** Code of the hovered or keyboard-focused territory, or `null`. */
  readonly hovered: Signal<string | null>
  /** The current view (level and extent). Default: départements of France entière. */
  readonly view: Signal<View>
  /** Id of the indicator the group puts forward (table, portrait), or `null` (default). */
  readonly indicator: Signal<string | null>
  /** Whether `view` was set (false until a view is given or written); until then widgets show their own. */
  readonly viewSet: ReadonlySignal<boolean>
}

const FRANCE: View = { level: 'departement', within: null }

function newStore(view: View | undefined): SelectionStore {
  const store = { selected: signal<string | null>(null), hovered: signal<string | null>(null), view: signal(view ?? FRANCE), indicator: signal<string | null>(null), viewSet: signal(view !== undefined) }
  // Any write of the view, whoever makes it, marks it set (the first call reports the initial value).
  let initial = true
  store.view.subscribe(() => {
    if (!initial) store.viewSet.value = true
    initial = false
  })
  return store
}

/** A new, unshared store; `view` given: that view, already set. Default view: départements of France entière. */
export function createSelectionStore(view?: View): SelectionStore {
  return newStore(view)
}

/**
 * A channel view as this copy's `View`. Views may come from another version: one at a level this
 * copy does not know is not taken (the widgets keep the view they show).
 */
function known(view: ChannelView | null): View | undefined {
  return view && LEVELS.includes(view.level as Level) ? (view as View) : undefined
}

/**
 * This copy's signals for a page-wide channel, kept equal to it both ways. A change coming from the
 * channel is written to the signals, whose own echo finds the channel already equal and stops there.
 * Returns the store and the function that unlinks it from the channel.
 */
function linkedStore(channel: GroupChannel): [SelectionStore, () => void] {
  const start = channel.get()
  const store = newStore(known(start.view))
  const apply = (s: GroupState) =>
    batch(() => {
      store.selected.value = s.selected
      store.hovered.value = s.hovered
      store.indicator.value = s.indicator
      const view = known(s.view)
      if (view && !sameView(view, store.view.value)) store.view.value = view
    })
  apply(start)
  const unsubscribe = channel.subscribe(apply)
  const dispose = effect(() => {
    const view = store.viewSet.value ? store.view.value : null
    channel.set({ selected: store.selected.value, hovered: store.hovered.value, indicator: store.indicator.value, ...(view ? { view } : {}) })
  })
  return [
    store,
    () => {
      unsubscribe()
      dispose()
    },
  ]
}

/** A group of this copy: its store, how many use it (`Infinity`: kept for the page's life), how to drop it. */
interface Group {
  readonly store: SelectionStore
  users: number
  readonly drop: () => void
}

const groups = new Map<string, Group>()

function group(name: string): Group {
  let g = groups.get(name)
  if (!g) {
    const [channel, leave] = joinChannel(name)
    const [store, unlink] = linkedStore(channel)
    groups.set(name, (g = { store, users: 0, drop: () => (unlink(), leave()) }))
  }
  return g
}

/**
 * The store shared by every widget with the same `group` name (the embed's `group` attribute) on
 * the page, across copies and bundles of the library: each copy keeps its own signals in step with
 * one page-wide channel per name. Created on first use and kept for the page's life (see
 * {@link joinGroup} for a store released when its last user leaves); named, never random, so that
 * server and client agree.
 */
export function selectionGroup(name: string): SelectionStore {
  const g = group(name)
  g.users = Infinity
  return g.store
}

/**
 * Joins group `name` (the embed's elements do, while on the page): its store, shared as
 * {@link selectionGroup}'s, and the function that leaves it (to call once). When its last user has left, at
 * the end of the task, the store is dropped and unlinked from the page-wide channel, which the
 * page drops in turn when no copy of the library uses it; an element moved in the DOM (disconnected
 * then connected in one task) keeps the group's state.
 */
export function joinGroup(name: string): [SelectionStore, () => void] {
  const g = group(name)
  g.users++
  return [
    g.store,
    () =>
      --g.users ||
      setTimeout(() => {
        if (!g.users && groups.get(name) === g) {
          groups.delete(name)
          g.drop()
        }
      }),
  ]
}

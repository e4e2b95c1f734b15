import { batch, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals'
import { groupChannel, joinChannel, sameView, type ChannelView, type GroupChannel, type GroupState } from './page-channel.js'
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
 * The two hold each other only: once the page drops the channel and no element holds the store, both go.
 */
function linkedStore(channel: GroupChannel): SelectionStore {
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
  channel.subscribe(apply)
  effect(() => {
    const view = store.viewSet.value ? store.view.value : null
    channel.set({ selected: store.selected.value, hovered: store.hovered.value, indicator: store.indicator.value, ...(view ? { view } : {}) })
  })
  return store
}

/** This copy's store of each page-wide channel: one per channel, gone with it. */
const stores = new WeakMap<GroupChannel, SelectionStore>()

function storeOf(channel: GroupChannel): SelectionStore {
  let store = stores.get(channel)
  if (!store) stores.set(channel, (store = linkedStore(channel)))
  return store
}

/**
 * The store shared by every widget with the same `group` name (the embed's `group` attribute) on
 * the page, across copies and bundles of the library: each copy keeps its own signals in step with
 * one page-wide channel per name. Created on first use and kept for the page's life (see
 * {@link joinGroup} for a store released when its last user leaves); named, never random, so that
 * server and client agree.
 */
export function selectionGroup(name: string): SelectionStore {
  return storeOf(groupChannel(name))
}

/**
 * Joins group `name` (the embed's elements do, while on the page): its store, shared as
 * {@link selectionGroup}'s, and the function that leaves it (to call once). When its last user has
 * left, at the end of the task, the page drops the group's channel, and each copy's store with it; an
 * element moved in the DOM (disconnected then connected in one task) keeps the group's state.
 */
export function joinGroup(name: string): [SelectionStore, () => void] {
  const [channel, leave] = joinChannel(name)
  return [storeOf(channel), leave]
}

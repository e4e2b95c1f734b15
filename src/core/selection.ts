import { signal, type Signal } from '@preact/signals'
import type { View } from './view.js'

// `View` lives with its parser and checks in view.ts; re-exported here, where it was first declared.
export type { View }

/**
 * Shared selection state of a group of widgets. Plain signals: any widget (or host code) can read
 * and write them, and every widget of the group re-renders on change.
 */
export interface SelectionStore {
  /** Code of the selected territory (click, Enter), or `null`. */
  readonly selected: Signal<string | null>
  /** Code of the hovered or keyboard-focused territory, or `null`. */
  readonly hovered: Signal<string | null>
  /** The current view (level and extent). */
  readonly view: Signal<View>
}

/** A new, unshared store. Default view: départements of France entière. */
export function createSelectionStore(view: View = { level: 'departement', within: null }): SelectionStore {
  return { selected: signal(null), hovered: signal(null), view: signal(view) }
}

const groups = new Map<string, SelectionStore>()

/**
 * The store shared by every widget with the same `group` name (the embed's `group` attribute).
 * Created on first use; named, never random, so that server and client agree.
 */
export function selectionGroup(name: string): SelectionStore {
  let store = groups.get(name)
  if (!store) groups.set(name, (store = createSelectionStore()))
  return store
}

import { KEY, sameView, type ChannelView } from './channel-view.js'

export { KEY, sameView, type ChannelView }

/** What a group of widgets shares, as plain values that any copy of the library can read. */
export interface GroupState {
  /** Code of the selected territory, or `null`. */
  readonly selected: string | null
  /** Code of the hovered or keyboard-focused territory, or `null`. */
  readonly hovered: string | null
  /** The view shown by the group, or `null` until a widget, the user, the host or the URL sets one. */
  readonly view: ChannelView | null
  /** Id of the indicator the group puts forward (portrait, table), or `null`. */
  readonly indicator: string | null
}

/**
 * One group's state, shared by every copy of the library on the page. Framework-free on purpose:
 * each bundle carries its own `@preact/signals`, and a signal made by another copy is not tracked by
 * this copy's components; copies exchange plain values here and mirror them in their own signals.
 */
export interface GroupChannel {
  get(): GroupState
  /** Merges `patch`; listeners are called only when a value changed (views compared by content). */
  set(patch: Partial<GroupState>): void
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: (state: GroupState) => void): () => void
}

/**
 * The page-wide registry, written once by the first copy loaded; the key carries the protocol version.
 * `join` and `names` came after the first version: a registry written by an older copy lacks them
 * (its channels are then kept for the page's life, as they always were).
 */
export interface Registry {
  readonly version: 1
  /** The channel of `name`, kept for the page's life (its caller never says it is done with it). */
  channel(name: string): GroupChannel
  /** The channel of `name` and the function that leaves it (to call once): the channel is dropped at the end of the task its last user left in. */
  join?(name: string): readonly [GroupChannel, () => void]
  /** The names of the channels the page holds. */
  names?(): string[]
}


const EMPTY: GroupState = Object.freeze({ selected: null, hovered: null, view: null, indicator: null })

/** A frozen copy: a value handed to other copies must not change under them. */
function frozenView(v: ChannelView | null): ChannelView | null {
  return v && Object.freeze({ level: v.level, within: v.within && Object.freeze({ level: v.within.level, code: v.within.code }) })
}

function createChannel(): GroupChannel {
  let state = EMPTY
  const listeners = new Set<(s: GroupState) => void>()
  return {
    get: () => state,
    set(patch) {
      const next: GroupState = {
        selected: patch.selected !== undefined ? patch.selected : state.selected,
        hovered: patch.hovered !== undefined ? patch.hovered : state.hovered,
        view: patch.view !== undefined && !sameView(patch.view, state.view) ? frozenView(patch.view) : state.view,
        indicator: patch.indicator !== undefined ? patch.indicator : state.indicator,
      }
      if (next.selected === state.selected && next.hovered === state.hovered && next.view === state.view && next.indicator === state.indicator) return
      state = Object.freeze(next)
      // A listener may unsubscribe (or set again) while being called: iterate over a snapshot.
      for (const listener of [...listeners]) listener(state)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

let own: Registry | undefined

/**
 * The page-wide registry: the one a copy of the library already wrote on the page, else this copy's,
 * written now. The script tag's loader calls it when it starts, so that its parts find it (page-channel.parts.ts).
 */
export function pageRegistry(): Registry {
  const page = globalThis as unknown as Record<symbol, Registry | undefined>
  const found = page[KEY]
  if (found && found.version === 1 && typeof found.channel === 'function') return found
  if (own) return own
  // Each channel with its number of users; `channel()` pins it (users that never leave: `Infinity`).
  const channels = new Map<string, [GroupChannel, number]>()
  const join = (name: string, users = 1) => {
    const e = channels.get(name) ?? [createChannel(), 0]
    channels.set(name, e)
    e[1] += users
    // Dropped at the end of the task its last user left in: a user that leaves and joins again in one
    // task (an element moved in the DOM) finds the same channel.
    return [e[0], () => void (--e[1] || setTimeout(() => e[1] || channels.get(name) !== e || channels.delete(name)))] as const
  }
  const created: Registry = (own = Object.freeze({
    version: 1 as const,
    channel: (name: string) => join(name, Infinity)[0],
    join,
    names: () => [...channels.keys()],
  }))
  try {
    // Not enumerable, not writable: no global name added, and no later copy can swap the registry.
    Object.defineProperty(page, KEY, { value: created, enumerable: false, writable: false, configurable: false })
  } catch {
    // Something else holds the key and cannot be replaced: this copy's groups stay its own.
  }
  return created
}

/** The page-wide channel of group `name`, the same object for every copy of the library on the page; kept for the page's life. */
export function groupChannel(name: string): GroupChannel {
  return pageRegistry().channel(name)
}

/**
 * Joins the page-wide channel of group `name`: the channel, and the function that leaves it (to call once).
 * The registry drops the channel when its last user leaves; one written by an older copy keeps it.
 */
export function joinChannel(name: string): readonly [GroupChannel, () => void] {
  const r = pageRegistry()
  return r.join ? r.join(name) : [r.channel(name), () => {}]
}

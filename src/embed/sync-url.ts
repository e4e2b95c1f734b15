import { effect } from '@preact/signals'
import type { SelectionStore } from '../core/selection.js'
import { LEVELS, type Level } from '../core/types.js'
import { checkWithin, parseWithin } from '../core/view.js'

// The `sync-url` attribute's part, fetched only when an element has it: a group's selection, view and
// indicator in the query string of the page's URL, as `<group>.<key>` parameters —
// `?culture.selected=88&culture.level=departement&culture.within=region%3A44&culture.indicator=…` —
// beside the page's own parameters (kept) and its hash (untouched). A change the user makes is a new
// history entry; the view a widget first shows replaces the current entry; back and forward restore.

/** The parameters, after the group's name and a dot. */
const KEYS = ['selected', 'level', 'within', 'indicator'] as const

type State = Record<(typeof KEYS)[number], string | null>

/** The group's state as the URL writes it (`null`: no parameter); no view until one is set. */
function stateOf(store: SelectionStore): State {
  const view = store.viewSet.value ? store.view.value : null
  const within = view?.within
  return { selected: store.selected.value, level: view?.level ?? null, within: within ? `${within.level}:${within.code}` : null, indicator: store.indicator.value }
}

/** The page's URL with `state` in group `name`'s parameters. */
function urlWith(name: string, state: State): string {
  const url = new URL(location.href)
  for (const k of KEYS) {
    const v = state[k]
    if (v === null) url.searchParams.delete(`${name}.${k}`)
    else url.searchParams.set(`${name}.${k}`, v)
  }
  return url.href
}

/**
 * Writes the URL's state of group `name` to its store (outside any render, as SelectionStore's rule
 * says): an absent selection or indicator is none; an absent, unknown or impossible view leaves the
 * view shown. `always` false (the first read): a URL without any of the group's parameters changes
 * nothing (a selection the host made stays).
 */
function read(name: string, store: SelectionStore, always: boolean): void {
  const query = new URLSearchParams(location.search)
  const [selected, level, within, indicator] = KEYS.map((k) => query.get(`${name}.${k}`)) as (string | null)[]
  if (!always && (selected ?? level ?? within ?? indicator) === null) return
  store.selected.value = selected as string | null
  store.indicator.value = indicator as string | null
  const shown = stateOf(store)
  try {
    // A level no element of the page has (a link from an earlier version of the page) is impossible
    // too: the map would stay empty, with no control to leave it.
    if (LEVELS.includes(level as Level) && document.querySelector(`[level=${level}]`) && (level !== shown.level || within !== shown.within)) store.view.value = { level: level as Level, within: checkWithin(level as Level, parseWithin(within)) }
  } catch {
    // A hand-edited link: the view stays the widgets'.
  }
}

/**
 * Keeps group `name`'s state (its `store`) in the page's URL until the returned function is called:
 * first the URL's state is applied, then each change is written — changes made in one task make one
 * entry, and hovering writes nothing. Two elements of a group with `sync-url` write the same URL.
 */
export function syncUrl(name: string, store: SelectionStore): () => void {
  read(name, store, false)
  let last = stateOf(store)
  let queued = false
  const write = () => {
    queued = false
    const now = stateOf(store)
    const url = urlWith(name, now)
    if (url !== location.href) {
      // A new entry for a new selection, indicator or view; the first view set replaces the entry.
      if (last.level === null && now.selected === last.selected && now.indicator === last.indicator) history.replaceState(history.state, '', url)
      else history.pushState(null, '', url)
    }
    last = now
  }
  const stop = effect(() => {
    stateOf(store)
    if (!queued) queueMicrotask(write)
    queued = true
  })
  const restore = () => {
    read(name, store, true)
    last = stateOf(store)
  }
  addEventListener('popstate', restore)
  return () => {
    stop()
    removeEventListener('popstate', restore)
  }
}

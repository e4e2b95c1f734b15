import { normalizeName } from '../../core/registry/names.js'

/** Keys typed in a row, and when the last one came (event time stamps, ms). */
export interface TypeaheadState {
  readonly text: string
  readonly at: number
}

/** A pause longer than this starts a new search (the usual listbox convention). */
export const TYPEAHEAD_RESET_MS = 1000

export const EMPTY_TYPEAHEAD: TypeaheadState = { text: '', at: -Infinity }

/**
 * Whether `key` (a KeyboardEvent.key) feeds the search of `state` at time `at`: a letter, a digit,
 * a hyphen or an apostrophe; a space only inside a search under way (« La Réunion »), so that
 * Space alone still selects.
 */
export function isTypeaheadKey(key: string, state: TypeaheadState = EMPTY_TYPEAHEAD, at = 0): boolean {
  if (key === ' ') return state.text !== '' && at - state.at <= TYPEAHEAD_RESET_MS
  return key.length === 1 && /\p{L}|\p{N}|['-]/u.test(key)
}

/** The search text after typing `key` at time `at`. */
export function typeaheadNext(state: TypeaheadState, key: string, at: number): TypeaheadState {
  const text = at - state.at > TYPEAHEAD_RESET_MS ? key : state.text + key
  return { text, at }
}

/**
 * The territory whose name, or any word of it, starts with `text`, ignoring accents, case, hyphens
 * and apostrophes (« cot » finds Côtes-d'Armor, « réunion » La Réunion, « belfort » Territoire de
 * Belfort); names that start with it come first. `names` must be in display order (alphabetical).
 * Typing the same letter again cycles through the names with that initial, from the one after
 * `current`.
 */
export function typeaheadMatch(text: string, names: readonly { code: string; name: string }[], current: string | null): string | undefined {
  const query = normalizeName(text)
  if (query === '') return undefined
  const keys = names.map((n) => normalizeName(n.name))
  const repeated = [...text].every((c) => c.toLowerCase() === text[0]!.toLowerCase()) && text.length > 1
  if (repeated) {
    const start = names.findIndex((n) => n.code === current) + 1
    for (let i = 0; i < names.length; i++) {
      const j = (start + i) % names.length
      if (keys[j]!.startsWith(query[0]!)) return names[j]!.code
    }
    return undefined
  }
  const i = keys.findIndex((k) => k.startsWith(query))
  const j = i < 0 ? keys.findIndex((k) => k.includes(` ${query}`)) : i
  return names[j]?.code
}

import type { MissingStatus } from '../../src/core/types.js'

/**
 * Markers French statistical tables use instead of a value, compared lower-cased and trimmed.
 * `s` (secret statistique) and `c` (confidentiel) are statistical secrecy; `so` / `s.o.` (sans objet)
 * is not applicable; every other marker, and an empty cell, is a value not published.
 */
const MARKERS: ReadonlyMap<string, MissingStatus> = new Map([
  ['', 'not-available'],
  ['s', 'secret'],
  ['c', 'secret'],
  ['nd', 'not-available'],
  ['n.d.', 'not-available'],
  ['n.d', 'not-available'],
  ['nc', 'not-available'],
  ['na', 'not-available'],
  ['n/a', 'not-available'],
  ['-', 'not-available'],
  ['–', 'not-available'],
  ['—', 'not-available'],
  ['.', 'not-available'],
  ['so', 'not-applicable'],
  ['s.o.', 'not-applicable'],
])

/** The missing status a marker stands for, or `undefined` when `text` (trimmed) is not a marker. */
export function missingMarker(text: string): MissingStatus | undefined {
  // Markers are at most 4 characters and none starts with a digit: those cells skip the lower-casing.
  const c = text.charCodeAt(0)
  return text.length > 4 || (c >= 48 && c <= 57) ? undefined : MARKERS.get(text.toLowerCase())
}

import { CODE_SHAPES } from '../../src/core/registry/codes.js'
import { isLoaded, territory } from '../../src/core/registry/index.js'
import { LEVELS, type Level } from '../../src/core/types.js'
import { DataError } from '../errors.js'

/** Rows whose code joined no territory of the level, among the rows the filter kept. */
export interface Unjoined {
  readonly rows: number
  readonly kept: number
}

/**
 * The error for a file whose codes are mostly not codes of `level` (`reason: 'wrong-level'`, `params`:
 * `level`, `rows`, `kept`, and `guess` or `codes`): it names the coarsest level more than half of the
 * unknown codes belong to (`departement` for a département file read at region level) — by the
 * registry where it is loaded, else by the codes' shape: no registry is fetched to name a wrong file —
 * else shows the first five codes.
 */
export function wrongLevel(unknown: readonly string[], level: Level, unjoined: Unjoined, source: string, column: string): DataError {
  const codes = unknown.map((c) => c.toUpperCase())
  const guess = LEVELS.find((other) => other !== level && codes.filter((c) => (isLoaded(other) ? territory(other, c) : CODE_SHAPES[other].shape.test(c))).length * 2 > codes.length)
  const first = guess ? undefined : unknown.slice(0, 5)
  const said = first ? ` (${first.join(', ')}…)` : `: these codes look like ${guess} codes`
  return new DataError(source, `${unjoined.rows} of ${unjoined.kept} rows have a code that is not a ${level} code${said}`, { column, reason: 'wrong-level', params: { level, ...unjoined, guess, codes: first } })
}

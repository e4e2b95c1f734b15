import type { Level } from '../types.js'
import { levelData } from './store.js'

/** The outcome of {@link checkCode}. */
export type CodeCheck =
  | {
      ok: true
      /** The code as the registry knows it (trimmed, upper case, padded if allowed). */
      code: string
      /** Whether a leading zero was added (`pad: true`). */
      padded: boolean
    }
  | {
      ok: false
      /**
       * - `ambiguous`: a code that lost its leading zero (`1` for `01`); `candidate` is the padded code;
       * - `invalid`: not shaped like a code of the level;
       * - `unknown`: shaped right, but no current territory of the level has it.
       */
      reason: 'ambiguous' | 'invalid' | 'unknown'
      /** Names the code and the level, for error messages and join reports. */
      message: string
      /** The padded code, for `ambiguous`. */
      candidate?: string
    }

/** Options of {@link checkCode}. */
export interface CodeOptions {
  /** Accept codes that lost their leading zero (`1` → `01`, `1053` → `01053`). Default: `false`. */
  pad?: boolean
}

/** Full length of each level's code, and its shape; a code one character short may have lost a zero. */
export const CODE_SHAPES: Record<Level, { length: number; shape: RegExp; label: string; expected: string }> = {
  region: { length: 2, shape: /^\d{2}$/, label: 'region', expected: '2 digits' },
  departement: { length: 2, shape: /^(\d{2}|2[AB]|97\d)$/, label: 'département', expected: '2 digits, 2A, 2B or 97x' },
  epci: { length: 9, shape: /^\d{9}$/, label: 'EPCI', expected: 'a 9-digit SIREN' },
  commune: { length: 5, shape: /^(\d{5}|2[AB]\d{3})$/, label: 'commune', expected: '5 digits, or 2A/2B and 3 digits' },
}

// Codes that existed once and are still met in old tables.
const FORMER: Record<string, string> = { departement_20: ' (Corsica has been split into 2A and 2B since 1976)' }

/**
 * Checks a territory code from a source: trims, upper-cases (`2a` → `2A`), and detects codes that lost
 * their leading zero (spreadsheets turn `01` into `1`), which are `ambiguous` unless `pad` is set.
 * Numbers (from JSON) are treated as their decimal text. Regions and départements are checked at once;
 * communes and EPCI need `await loadTerritories(level)`.
 */
export function checkCode(level: Level, input: string | number, options: CodeOptions = {}): CodeCheck {
  const known = levelData(level).byCode
  const { length, shape, label, expected } = CODE_SHAPES[level]
  const text = typeof input === 'number' ? (Number.isSafeInteger(input) && input >= 0 ? String(input) : '') : typeof input === 'string' ? input.trim().toUpperCase() : ''
  const shown = JSON.stringify(typeof input === 'string' ? input : String(input))
  if (shape.test(text)) {
    if (known.has(text)) return { ok: true, code: text, padded: false }
    return { ok: false, reason: 'unknown', message: `unknown ${label} code ${shown}: no current ${label} has this code${FORMER[`${level}_${text}`] ?? ''}` }
  }
  const candidate = `0${text}`
  if (text.length === length - 1 && shape.test(candidate)) {
    if (!known.has(candidate)) return { ok: false, reason: 'unknown', message: `unknown ${label} code ${shown}: neither it nor ${JSON.stringify(candidate)} is a current ${label}` }
    if (options.pad) return { ok: true, code: candidate, padded: true }
    return { ok: false, reason: 'ambiguous', candidate, message: `ambiguous ${label} code ${shown}: leading zero lost? did you mean ${JSON.stringify(candidate)}? (accepted with the pad option)` }
  }
  return { ok: false, reason: 'invalid', message: `invalid ${label} code ${shown}: expected ${expected}` }
}

/** The registry's code for `input` (see {@link checkCode}); throws the check's message if it is not one. */
export function normalizeCode(level: Level, input: string | number, options?: CodeOptions): string {
  const check = checkCode(level, input, options)
  if (!check.ok) throw new Error(check.message)
  return check.code
}

/**
 * Option helpers. Every widget and adapter checks its options once, at the entry, through these;
 * custom-element attributes (always strings) go through the same helpers, so `classes="5"` and
 * `classes: 5` are accepted alike and `classes="cinq"` fails with the same message.
 */
import { AtlasError } from './errors.js'
import { fill, type Reason } from './reasons.js'

/**
 * Thrown for a bad option or attribute: code `invalid`, params `option` (its name), `value` (what
 * was given), `reason` (what was expected, see {@link Reason}) and `args` (the reason's parameters).
 * The message is English, for developers: `invalid classes: "cinq" (expected a number)`.
 */
export class OptionError extends AtlasError {
  declare readonly option: string
  declare readonly value: unknown
  constructor(name: string, value: unknown, hint?: Reason | string) {
    const [reason, ...args] = typeof hint === 'object' ? hint : [hint]
    super('invalid', `invalid ${name}: ${show(value)}${reason ? ` (${fill(reason, args)})` : ''}`, { option: name, value, reason, args })
    this.option = name
    this.value = value
    this.name = 'OptionError'
  }
}

/** How a value is written in messages: strings quoted, functions named. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'function') return 'function'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/** Throws `invalid <name>: <value> (<reason>)`: see {@link Reason}. */
export function invalid(name: string, value: unknown, hint?: Reason | string): never {
  throw new OptionError(name, value, hint)
}

/** One of `allowed`; `undefined` gives `fallback`. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T | undefined
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T): T | undefined {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return invalid(name, value, ['expected one of {0}', allowed.join(', ')])
}

/** A finite number, from a number or a plain decimal string (`"2.5"`, not `"1e3"` nor `"0x1A"`). */
export function number(name: string, value: unknown, fallback?: number, range: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined || value === null) return fallback
  let n: number
  if (typeof value === 'number') n = value
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) n = Number(value)
  else return invalid(name, value, 'expected a number')
  if (!Number.isFinite(n)) return invalid(name, value, 'expected a finite number')
  if (range.min !== undefined && n < range.min) return invalid(name, value, ['expected at least {0}', String(range.min)])
  if (range.max !== undefined && n > range.max) return invalid(name, value, ['expected at most {0}', String(range.max)])
  return n
}

/** An integer within `[min, max]`. */
export function integer(name: string, value: unknown, fallback: number, range?: { min?: number; max?: number }): number
export function integer(name: string, value: unknown, fallback?: number, range?: { min?: number; max?: number }): number | undefined
export function integer(name: string, value: unknown, fallback?: number, range: { min?: number; max?: number } = {}): number | undefined {
  const n = number(name, value, fallback, range)
  if (n !== undefined && !Number.isInteger(n)) return invalid(name, value, 'expected an integer')
  return n
}

/** A string (non-empty unless `allowEmpty`). */
export function string(name: string, value: unknown, fallback?: string, allowEmpty = false): string | undefined {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) return invalid(name, value, 'expected a non-empty string')
  return value
}

/** A boolean, or an attribute value: `""`, `"true"` → true, `"false"` → false. */
export function boolean(name: string, value: unknown, fallback?: boolean): boolean | undefined {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'boolean') return value
  if (value === '' || value === 'true') return true
  if (value === 'false') return false
  return invalid(name, value, 'expected true or false')
}

/** Two numbers, lowest then highest (a list as {@link numberList} reads it), or `undefined` when not given. */
export function numberPair(name: string, value: unknown): [number, number] | undefined {
  const list = numberList(name, value)
  return list && (list.length === 2 ? (list as [number, number]) : invalid(name, value, 'expected two numbers, lowest then highest'))
}

/**
 * A list of numbers in increasing order, from an array or an attribute (`"1.5, 3, 10"`: comma
 * followed by a space or not; decimal point only, to keep `1,5` from being read two ways).
 */
export function numberList(name: string, value: unknown, fallback?: number[]): number[] | undefined {
  if (value === undefined || value === null) return fallback
  const items = typeof value === 'string' ? value.split(/\s*[,;]\s*/).filter((s) => s !== '') : value
  if (!Array.isArray(items) || items.length === 0) return invalid(name, value, 'expected a list of numbers')
  const out = items.map((item) => {
    const n = typeof item === 'number' || typeof item === 'string' ? number(name, item) : undefined
    return n ?? invalid(name, value, 'expected a list of numbers')
  })
  for (let i = 1; i < out.length; i++) if (out[i]! <= out[i - 1]!) invalid(name, value, 'expected increasing numbers')
  return out
}

/** A function, or `undefined`. */
export function fn<F extends (...args: never[]) => unknown>(name: string, value: unknown): F | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'function') return invalid(name, value, 'expected a function')
  return value as F
}

/**
 * A flat record of strings, from an object or an attribute `"Secteur=Archives; Année=2019"`
 * (the embed's `filter`). Values keep their spaces; keys and values are trimmed.
 */
export function stringRecord(name: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') {
    const out: Record<string, string> = {}
    for (const part of value.split(';')) {
      if (part.trim() === '') continue
      const eq = part.indexOf('=')
      if (eq <= 0) return invalid(name, value, 'expected key=value pairs separated by ;')
      out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
    }
    return out
  }
  if (typeof value !== 'object' || Array.isArray(value)) return invalid(name, value, 'expected an object')
  for (const v of Object.values(value)) if (typeof v !== 'string' && typeof v !== 'number') return invalid(name, value, 'expected string values')
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]))
}

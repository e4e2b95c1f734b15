import type { IndicatorMeta, Level, MissingStatus } from '../src/core/types.js'
import { LEVELS, MISSING_STATUSES } from '../src/core/types.js'
import { boolean, integer, invalid, number, oneOf, string, stringRecord } from '../src/core/options.js'

/** One source row: cells as parsed (CSV cells are raw strings; JSON values keep their type). */
export type Row = Readonly<Record<string, string | number | boolean | null | undefined>>

/** How rows of a source combine when several share a territory code. */
export type Aggregate = 'sum' | 'mean' | 'first' | 'last' | 'min' | 'max'

export const AGGREGATES: readonly Aggregate[] = ['sum', 'mean', 'first', 'last', 'min', 'max']

/** How a source's rows become an indicator of one territorial level. Same options for every adapter. */
export interface JoinOptions {
  /** Territorial level of the rows. Required. */
  level: Level
  /** Column holding the territory code. Exactly one of `code` and `name` is required. */
  code?: string
  /** Column holding the territory name, to join by name (accents, case, hyphens and `Saint`/`St` ignored by the registry). */
  name?: string
  /** Column of the value, or a function of the row (for categorical indicators: returns the category). Required. */
  value: string | ((row: Row) => unknown)
  /** Denominator column (or function): the value becomes `value / per × scale`. Default: none. */
  per?: string | ((row: Row) => unknown)
  /** Multiplier applied with `per` (100 for a percentage, 1000 for k€ → € per inhabitant) or alone. Default: 1. */
  scale?: number
  /** Keeps only rows whose columns equal these values (compared as trimmed text). Default: all rows. */
  filter?: Record<string, string>
  /** How rows sharing a code combine. Default: none — a duplicate code is an error. */
  aggregate?: Aggregate
  /** Pads codes that lost their leading zeros (`1` → `01`, `1053` → `01053`). Default: false (they are reported as unknown). */
  padCodes?: boolean
  /** COG year of the commune codes (e.g. 2018); they are translated to current codes. Default: none (codes are current). Commune level only. */
  vintage?: number
  /**
   * Extra texts that stand for a missing value in this source, with the reason: e.g.
   * `{ '-1': 'not-available' }` for a file that writes -1 where it has no figure (compared trimmed,
   * case ignored, before reading numbers). Element attribute: `missing="-1=not-available"`. Default:
   * none (the standard markers `s`, `c`, `nd`, `NA`, `-`, `.`, empty… always apply).
   */
  missing?: Record<string, MissingStatus>
  /** `quantitative` (numbers) or `categorical` (labels). Default: `quantitative`. */
  kind?: 'quantitative' | 'categorical'
  /** Indicator metadata; what is not given comes from the source, then from {@link indicatorMeta} defaults. */
  indicator?: Partial<IndicatorMeta>
}

/** {@link JoinOptions} after {@link checkJoinOptions}: defaults filled in. */
export interface CheckedJoinOptions extends JoinOptions {
  scale: number
  padCodes: boolean
  kind: 'quantitative' | 'categorical'
}

const INDICATOR_KEYS = ['id', 'label', 'unit', 'definition', 'source', 'year', 'licence', 'modified'] as const

/**
 * Validates once at the entry; throws `invalid <name>: <value>` via src/core/options.ts helpers. Each
 * option's type first, then the rules between them ({@link joinRules}).
 */
export function checkJoinOptions(options: unknown): CheckedJoinOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return invalid('options', options, 'expected an object')
  const o = options as Record<string, unknown>
  const level = oneOf('level', o.level, LEVELS) ?? invalid('level', o.level, ['expected one of {0}', LEVELS.join(', ')])
  const code = string('code', o.code)
  const name = string('name', o.name)
  const value = column('value', o.value) ?? invalid('value', o.value, 'expected a column name or a function')
  const per = column('per', o.per)
  const scale = number('scale', o.scale)
  const filter = stringRecord('filter', o.filter)
  const kind = oneOf('kind', o.kind, ['quantitative', 'categorical'] as const)
  const aggregate = oneOf('aggregate', o.aggregate, AGGREGATES)
  const padCodes = boolean('padCodes', o.padCodes)
  const missing = missingMarkers('missing', o.missing)
  const indicator = checkIndicator(o.indicator)
  // Options not given stay undefined (absent for every reader: `in` is never asked).
  return joinRules({ level, code, name, value, per, scale, filter, aggregate, padCodes, vintage: integer('vintage', o.vintage), missing, kind, indicator })
}

/**
 * The rules between join options whose values are each of their type (as {@link checkJoinOptions}
 * reads them, or an element's attributes, read by the same helpers: src/embed/data-attributes.ts), the
 * vintage's years, and the defaults filled in.
 */
export function joinRules(o: JoinOptions): CheckedJoinOptions {
  const { level, code, name, per, scale = 1, aggregate, padCodes = false, kind = 'quantitative' } = o
  if ((code === undefined) === (name === undefined)) invalid(code ? 'name' : 'code', code ? name : code, 'give exactly one of code and name')
  if (scale === 0) invalid('scale', scale, 'expected a non-zero number')
  if (kind === 'categorical' && aggregate !== undefined && aggregate !== 'first' && aggregate !== 'last') invalid('aggregate', aggregate, 'a categorical indicator combines only with first or last')
  if (kind === 'categorical' && per !== undefined) invalid('per', per, 'a categorical indicator has no denominator')
  const vintage = integer('vintage', o.vintage, undefined, { min: 1943, max: 2100 })
  if (vintage !== undefined && level !== 'commune') invalid('vintage', vintage, 'only commune codes have vintages')
  return { ...o, scale, padCodes, vintage, kind }
}

/**
 * Declared missing markers, from an object or an attribute (`"-1=not-available; ND=secret"`): keys
 * trimmed and lower-cased, each value one of the missing statuses.
 */
export function missingMarkers(name: string, value: unknown): Record<string, MissingStatus> | undefined {
  const record = stringRecord(name, value)
  if (record === undefined) return undefined
  const out: Record<string, MissingStatus> = {}
  for (const [k, v] of Object.entries(record)) out[k.trim().toLowerCase()] = oneOf(`${name}[${JSON.stringify(k)}]`, v, MISSING_STATUSES)!
  return out
}

function column(name: string, value: unknown): string | ((row: Row) => unknown) | undefined {
  return typeof value === 'function' ? (value as (row: Row) => unknown) : string(name, value)
}

function checkIndicator(value: unknown): Partial<IndicatorMeta> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) return invalid('indicator', value, 'expected an object')
  const v = value as Record<string, unknown>
  const out: Partial<IndicatorMeta> = {}
  for (const key of INDICATOR_KEYS) {
    const x = v[key]
    const s = typeof x === 'number' ? String(x) : string(`indicator.${key}`, x, undefined, true)
    if (s !== undefined) out[key] = s
  }
  const kind = oneOf('indicator.kind', v.kind, ['quantitative', 'categorical'] as const)
  if (kind) out.kind = kind
  if (v.categories !== undefined) {
    if (!Array.isArray(v.categories) || v.categories.some((c) => typeof c !== 'string')) invalid('indicator.categories', v.categories, 'expected a list of strings')
    out.categories = [...(v.categories as string[])]
  }
  const digits = integer('indicator.digits', v.digits, undefined, { min: 0, max: 10 })
  if (digits !== undefined) out.digits = digits
  return out
}

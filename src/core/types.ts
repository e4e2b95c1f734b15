/** Territorial levels the widgets and adapters understand. */
export type Level = 'region' | 'departement' | 'epci' | 'commune'

/** All levels, coarsest first. */
export const LEVELS: readonly Level[] = ['region', 'departement', 'epci', 'commune']

/**
 * Why a value is missing. Each status is shown differently (pattern, legend entry, tooltip text),
 * never as the colour of a low value.
 * - `secret`: statistical secrecy (`s`, `c` in the source);
 * - `not-available`: no value published (`nd`, `NA`, empty cell, or no row for the territory);
 * - `not-applicable`: the indicator makes no sense for this territory;
 * - `invalid`: the source holds something that is not a number (`1e3`, `Infinity`, text).
 */
export type MissingStatus = 'secret' | 'not-available' | 'not-applicable' | 'invalid'

/** `ok` when the cell holds a value. */
export type Status = 'ok' | MissingStatus

export const MISSING_STATUSES: readonly MissingStatus[] = ['secret', 'not-available', 'not-applicable', 'invalid']

/** A count of 0 for each missing status, in the order of {@link MISSING_STATUSES} (one rule, not four literals in the shipped code). */
export function zeroMissing(): Record<MissingStatus, number> {
  return Object.fromEntries(MISSING_STATUSES.map((s) => [s, 0])) as Record<MissingStatus, number>
}

/** The national rows a source may carry beside its territories: France entière, France métropolitaine. */
export type NationalKind = 'france' | 'metro'

/** One territory's value in an {@link IndicatorTable}. */
export interface Cell {
  /** The number, or `null` when `status` is not `ok` (and for categorical indicators). */
  readonly value: number | null
  /** `ok` or the reason the value is missing. */
  readonly status: Status
  /** The source's own text or value, for display and debugging; `undefined` when no row named the territory. */
  readonly raw: unknown
  /** The category, for categorical indicators (`kind: 'categorical'`); otherwise absent. */
  readonly category?: string
}

/** What the widgets show about an indicator. */
export interface IndicatorMeta {
  /** Stable identifier. Default: derived from the label. */
  id: string
  /** Human title, e.g. « Part des actifs dans les secteurs culturels ». Default: the value column's name. */
  label: string
  /** Unit shown after values: `'%'`, `'€'`, `'€/hab.'`, `'hab./km²'`… Default: `''` (none). */
  unit: string
  /** Longer definition. Default: `''`. */
  definition: string
  /** Producer, e.g. « Insee ». Default: `''`. */
  source: string
  /** Reference year (or period) of the data. Default: `''`. */
  year: string
  /** `quantitative` (numbers, default) or `categorical` (labels such as the density grid). */
  kind: 'quantitative' | 'categorical'
  /** For categorical indicators: the categories in their natural order. Default: order of appearance. */
  categories?: string[]
  /** Licence of the data, when the source states one. */
  licence?: string
  /** Last modification date of the source, ISO 8601, when known. */
  modified?: string
  /**
   * Number of decimals every widget shows the values with. Default: for a value column, the precision
   * it is written with, one number for all values, at most 2 (integers stay integers); for a ratio
   * computed from `per`, the widgets' default (0 from 100, 1 from 1, 2 below: « 1,7 % »).
   */
  digits?: number
}

/** What happened when a source was joined to the territory registry. */
export interface JoinReport {
  /** The source's name (URL, file name, dataset id) used in every message. */
  source: string
  /** Data rows read (header excluded). */
  rowsRead: number
  /** Territories of the level that received a row. */
  matched: number
  /** Codes (or names) found in the source that are not territories of the level, in order of appearance. */
  unknownCodes: string[]
  /** Territories of the level that no row named, in registry order (their cells are `not-available`). */
  absent: string[]
  /** Codes that appeared on more than one row (combined through `aggregate`, or rejected). */
  duplicates: string[]
  /** Number of cells of each missing status. */
  missing: Record<MissingStatus, number>
  /** Codes that had lost their leading zeros (e.g. `1` for `01`), padded or not depending on `padCodes`. */
  unpaddedCodes: string[]
  /** Commune codes translated from another vintage of the COG: old code → current code. */
  translated: Record<string, string>
  /**
   * Communes merged since the source's vintage: current code → the old codes whose rows it took, for
   * every current commune that received rows of several old codes.
   */
  merged: Record<string, string[]>
  /** Codes of another vintage that could not be translated. */
  untranslatable: string[]
  /** Human-readable warnings, in French-neutral English for developers. */
  warnings: string[]
}

/** Creates an empty report for `source`. */
export function emptyReport(source: string): JoinReport {
  return {
    source,
    rowsRead: 0,
    matched: 0,
    unknownCodes: [],
    absent: [],
    duplicates: [],
    missing: zeroMissing(),
    unpaddedCodes: [],
    translated: {},
    merged: {},
    untranslatable: [],
    warnings: [],
  }
}

/** A territory of the official geography (COG) as the registry knows it. */
export interface Territory {
  readonly level: Level
  /** INSEE code (region `84`, département `2A`, commune `29019`) or SIREN for an EPCI. */
  readonly code: string
  /** Official name, with accents. */
  readonly name: string
  /** Code of the région (for départements, communes). */
  readonly region?: string
  /** Code of the département (for communes). */
  readonly departement?: string
  /** Code of the EPCI the commune belongs to, if any. */
  readonly epci?: string
  /** Municipal population (sum of the communes for regions and départements). */
  readonly population?: number
  /** Code of the chef-lieu commune (regions, départements). */
  readonly chefLieu?: string
  /** `metro` or `drom`. */
  readonly zone?: 'metro' | 'drom'
}

import { AGGREGATES, missingMarkers, type Aggregate } from '../../data-adapters/options.js'
import { boolean, integer, invalid, number, oneOf, string, stringRecord } from '../core/options.js'
import { LEVELS, type Level } from '../core/types.js'

/** Formats `src` can hold; without a `format` attribute, `.json` URLs are JSON and the rest CSV. */
export const FORMATS = ['csv', 'json'] as const
export type Format = (typeof FORMATS)[number]

/**
 * The attributes that describe an indicator, shared by every data widget (`<atlas-map>` now, the
 * ranking, table and portrait next). Each is the adapter option of the same name in kebab-case
 * (`pad-codes` → `padCodes`), parsed by the same helpers; cross-attribute rules (exactly one of
 * `code` and `name`…) are checked by the adapters' `checkJoinOptions` in {@link dataSource}.
 */
export const dataAttributes = {
  src: (v: string | null) => string('src', v) ?? invalid('src', v, 'expected the URL of a CSV or JSON file'),
  format: (v: string | null) => oneOf('format', v, FORMATS),
  level: (v: string | null): Level => oneOf('level', v, LEVELS) ?? invalid('level', v, `expected one of ${LEVELS.join(', ')}`),
  code: (v: string | null) => string('code', v),
  name: (v: string | null) => string('name', v),
  value: (v: string | null) => string('value', v) ?? invalid('value', v, 'expected a column name'),
  per: (v: string | null) => string('per', v),
  scale: (v: string | null) => number('scale', v),
  filter: (v: string | null) => stringRecord('filter', v),
  aggregate: (v: string | null): Aggregate | undefined => oneOf('aggregate', v, AGGREGATES),
  'pad-codes': (v: string | null) => boolean('pad-codes', v, false)!,
  vintage: (v: string | null) => integer('vintage', v),
  missing: (v: string | null) => missingMarkers('missing', v),
  kind: (v: string | null) => oneOf('kind', v, ['quantitative', 'categorical'] as const),
  label: (v: string | null) => string('label', v),
  unit: (v: string | null) => string('unit', v, undefined, true),
  source: (v: string | null) => string('source', v, undefined, true),
  year: (v: string | null) => string('year', v, undefined, true),
  definition: (v: string | null) => string('definition', v, undefined, true),
}

export type DataAttributes = { [K in keyof typeof dataAttributes]: ReturnType<(typeof dataAttributes)[K]> }

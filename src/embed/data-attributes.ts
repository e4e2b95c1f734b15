import { AGGREGATES, missingMarkers } from '../../data-adapters/options.js'
import { boolean, integer, invalid, number, numberPair, oneOf, string, stringRecord } from '../core/options.js'
import { option, type Values } from '../core/spec/spec.js'
import { LEVELS } from '../core/types.js'
import { THEMES } from './themes.js'

/** Formats `src` can hold; without a `format` attribute, `.json` URLs are JSON and the rest CSV. */
export const FORMATS = ['csv', 'json'] as const
export type Format = (typeof FORMATS)[number]

const text = (name: string, v: unknown) => string(name, v, undefined, true)

/**
 * The attributes that describe an indicator, shared by every data element (`<atlas-map>` now, the
 * ranking, table and portrait next): an element's spec is its widget's spec, then `...dataSpec`,
 * then `...elementSpec`. Each is the adapter option of the same name, in kebab-case as an attribute
 * (`padCodes` → `pad-codes`), parsed by the same helpers; cross-attribute rules (exactly one of
 * `code` and `name`…) are checked by the adapters' `joinRules` (`checkJoinOptions` in the npm build) in {@link dataSource}.
 */
export const dataSpec = {
  src: option((name, v) => string(name, v) ?? invalid(name, v, 'expected the URL of a CSV or JSON file')),
  format: option((name, v) => oneOf(name, v, FORMATS)),
  level: option((name, v) => oneOf(name, v, LEVELS) ?? invalid(name, v, ['expected one of {0}', LEVELS.join(', ')])),
  code: option(string),
  name: option(string),
  value: option((name, v) => string(name, v) ?? invalid(name, v, 'expected a column name')),
  per: option(string),
  scale: option(number),
  filter: option(stringRecord),
  aggregate: option((name, v) => oneOf(name, v, AGGREGATES)),
  padCodes: option((name, v) => boolean(name, v, false)!),
  vintage: option(integer),
  missing: option(missingMarkers),
  range: option(numberPair),
  kind: option((name, v) => oneOf(name, v, ['quantitative', 'categorical'] as const)),
  label: option(string),
  unit: option(text),
  source: option(text),
  year: option(text),
  definition: option(text),
}

/** What every element reads besides its widget's and data's options: the shared selection's name, whether the URL keeps it, the colour scheme. */
export const elementSpec = {
  group: option(string),
  syncUrl: option((name, v) => boolean(name, v, false)!),
  theme: option((name, v) => oneOf(name, v, THEMES, 'light')),
}

export type DataAttributes = Values<typeof dataSpec>

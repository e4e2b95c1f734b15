import type { Level } from '../types.js'
import type { ErrorTexts } from './errors.fr.js'
import { levelsEn } from './levels.en.js'

/** What a widget says when it fails, in English. Same shape as {@link errorsFr}. */
export const errorsEn: ErrorTexts = {
  attribute: 'Attribute',
  option: 'Option',
  invalid: (value, expected) => `the value “${value}” is not valid${expected ? ` (${expected})` : ''}`,
  // The reasons' own words ("expected a number") read well to a reader too.
  reasons: undefined,
  http: (status) => `The data could not be loaded${status === undefined ? '' : ` (HTTP error ${status})`}`,
  asset: (failure) => `A map file could not be read (${failure}): the address of the atlas files may be wrong (setAssetBase)`,
  data: (source) => `The file ${source} cannot be read`,
  row: (row) => `row ${row}`,
  column: (column) => `column “${column}”`,
  missing: (column) => `column “${column}” not found`,
  why: {
    'wrong-level': (p) => `most codes are not ${levelsEn[p.level as Level][0]} codes${p.guess ? `; they look like ${levelsEn[p.guess as Level][0]} codes` : ''}`,
    'not-csv': (p) => ({ empty: 'it is empty', 'utf-16': 'it is UTF-16 without a byte-order mark; save it as UTF-8', html: 'it is an HTML page, not a CSV file' })[p.content as string]!,
  },
  unexpected: 'An unexpected error occurred',
  detail: 'Technical detail:',
  retry: 'Try again',
}

import type { ErrorTexts } from './errors.fr.js'

/** What a widget says when it fails, in English. Same shape as {@link errorsFr}. */
export const errorsEn: ErrorTexts = {
  attribute: 'Attribute',
  option: 'Option',
  invalid: (value, expected) => `the value “${value}” is not valid${expected ? ` (${expected})` : ''}`,
  // The reasons' own words ("expected a number") read well to a reader too.
  reasons: undefined,
  http: (status) => `The data could not be loaded${status === undefined ? '' : ` (HTTP error ${status})`}`,
  data: (source) => `The file ${source} cannot be read`,
  row: (row) => `row ${row}`,
  column: (column) => `column “${column}”`,
  missing: (column) => `column “${column}” not found`,
  unexpected: 'An unexpected error occurred',
  detail: 'Technical detail:',
}

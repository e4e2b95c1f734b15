import { DataError } from '../errors.js'

// A module of its own: only the joins that meet one territory on several rows (categorical.ts,
// combined.ts) throw it, and with it the script tag's map chunk leaves it to their part.

/** A source code on several rows of one territory without `aggregate`: an error naming its rows. */
export function duplicateCode(source: string, sourceCode: string, rows: readonly number[], rowNumber: (i: number) => number, column: string): DataError {
  return new DataError(source, `duplicate code ${JSON.stringify(sourceCode)} (rows ${rows.map(rowNumber).join(', ')}); set aggregate to combine rows of one territory`, { row: rowNumber(rows[1]!), column })
}

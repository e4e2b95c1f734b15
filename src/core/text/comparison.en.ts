import type { TableTexts } from './comparison.fr.js'

/** The comparison table's words in English. Same shape as {@link comparisonFr}. */
export const comparisonEn: TableTexts = {
  title: 'Indicators compared',
  territory: 'Territory',
  rank: 'Rank',
  gap: { points: 'Gap (points)', '%': 'Gap (%)' },
  gapUnit: { points: 'pt', '%': '%' },
  of: (what, indicator) => `${what} — ${indicator}`,
  filter: 'Filter by name',
  noMatch: 'No territory matches',
  reference: 'Reference',
  csv: 'table shown, spreadsheet',
}

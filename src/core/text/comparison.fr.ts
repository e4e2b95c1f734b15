/** The comparison table's words in French (apart from the map's, so that bundles without the table do not carry them). */
export const comparisonFr = {
  title: 'Comparaison des indicateurs',
  territory: 'Territoire',
  rank: 'Rang',
  /** Header of a gap column, by the gap's unit: points for shares, per cent for amounts. */
  gap: { points: 'Écart (points)', '%': 'Écart (%)' } as Record<'points' | '%', string>,
  /** Unit written after a gap: `+1,2 pt`, `−4,0 %`. */
  gapUnit: { points: 'pt', '%': '%' } as Record<'points' | '%', string>,
  /** Header of an extra column of one indicator: « Rang — Part des actifs ». */
  of: (what: string, indicator: string) => `${what} — ${indicator}`,
  filter: 'Filtrer par nom',
  noMatch: 'Aucun territoire ne correspond',
  reference: 'Référence',
  csv: 'tableau affiché, tableur',
}

/** The shape of a language's comparison-table words. */
export type TableTexts = typeof comparisonFr

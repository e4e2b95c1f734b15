/** The export toolbar's words, French first. Visible text starts each accessible name (WCAG 2.5.3). */
export const EXPORT_TEXTS = {
  fr: { label: 'Télécharger', png: 'image de la carte', svg: 'image vectorielle de la carte', csv: 'données affichées, tableur', failed: 'Le téléchargement a échoué' },
  en: { label: 'Download', png: 'picture of the map', svg: 'vector picture of the map', csv: 'data shown, spreadsheet', failed: 'The download failed' },
} as const

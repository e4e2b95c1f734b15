/** What the map's export files hold, French first. Visible text starts each accessible name (WCAG 2.5.3). */
export const MAP_EXPORT_TEXTS = {
  fr: { png: 'image de la carte', svg: 'image vectorielle de la carte', csv: 'données affichées, tableur' },
  en: { png: 'picture of the map', svg: 'vector picture of the map', csv: 'data shown, spreadsheet' },
} as const

/** The export toolbar's own words, French first; each widget describes what its files hold. */
export const EXPORT_TEXTS = {
  fr: { label: 'Télécharger', failed: 'Le téléchargement a échoué' },
  en: { label: 'Download', failed: 'The download failed' },
} as const

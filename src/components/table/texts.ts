import type { Lang } from '../../core/locale.js'

/** The comparison table's own words, French first. */
export const TEXTS = {
  fr: {
    territory: 'Territoire',
    rank: 'Rang',
    gap: (unit: 'points' | '%') => (unit === 'points' ? 'Écart (points)' : 'Écart (%)'),
    filter: 'Filtrer par nom',
    rows: (n: number) => (n === 0 ? 'Aucun territoire ne correspond' : n === 1 ? '1 territoire' : `${n.toLocaleString('fr-FR')} territoires`),
    caption: (area: string) => `Comparaison des indicateurs — ${area}`,
    reference: 'Référence',
  },
  en: {
    territory: 'Territory',
    rank: 'Rank',
    gap: (unit: 'points' | '%') => (unit === 'points' ? 'Gap (points)' : 'Gap (%)'),
    filter: 'Filter by name',
    rows: (n: number) => (n === 0 ? 'No territory matches' : n === 1 ? '1 territory' : `${n.toLocaleString('en-GB')} territories`),
    caption: (area: string) => `Indicators compared — ${area}`,
    reference: 'Reference',
  },
} satisfies Record<Lang, unknown>

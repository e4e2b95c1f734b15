import { ordinal } from './fr.js'

/**
 * The ranking chart's words in French (RankingChart, `<atlas-ranking>`): a section of the French table
 * kept in its own module, so that a page without a ranking does not download it.
 */
export const rankingFr = {
  loading: 'Chargement du classement…',
  failed: 'Le classement n’a pas pu être affiché',
  help: 'Flèches haut et bas : territoire suivant ou précédent. Début, Fin : premier, dernier. Entrée : sélectionner.',
  sort: 'Trier',
  orders: { desc: 'valeurs décroissantes', asc: 'valeurs croissantes', name: 'par nom' },
  showAll: (count: string) => `Tout afficher (${count})`,
  showFewer: 'Afficher moins',
  notShown: ['territoire non affiché', 'territoires non affichés'] as [string, string],
  /** A rank shared with another territory: « 3ᵉ ex æquo sur 101 ». */
  tied: (rank: number, total: number) => `${ordinal(rank)} ex æquo sur ${total}`,
  selection: 'Sélection',
  missing: 'Sans valeur',
  /** Separates the counts of missing values by reason: « Secret statistique : 2 ; Sans objet : 1 ». */
  listSeparator: '\u00a0; ',
  metro: 'France métropolitaine',
  median: 'Médiane',
  references: 'Repères',
  /** Where a reference value comes from, said after it. */
  origins: {
    data: 'valeur de la source',
    pooled: 'total des numérateurs rapporté au total des dénominateurs',
    median: (count: string) => `des ${count} territoires affichés`,
  },
  export: { png: 'image du classement', svg: 'image vectorielle du classement' },
}

/** The shape of the ranking's words in every language. */
export type RankingTexts = typeof rankingFr

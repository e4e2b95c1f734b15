import { levelsFr } from './levels.fr.js'

/** « 1ᵉʳ », « 12ᵉ ». */
export const ordinal = (n: number) => `${n}${n === 1 ? 'ᵉʳ' : 'ᵉ'}`

/**
 * Every word the widgets show in French, and the rules of French text (colon spacing, plural).
 * The English table ({@link en}) has the same shape; a new widget adds its section to both.
 */
export const fr = {
  /** French sets a no-break space before the colon. */
  colon: '\u00a0:',
  /** French counts 0 and 1 in the singular: « 0 département », « 1,5 million ». */
  isPlural: (n: number) => n >= 2,

  wholeFrance: 'France entière',
  source: 'Source',
  legend: 'Légende',
  loading: 'Chargement…',
  territories: ['territoire', 'territoires'] as [string, string],
  /** Names of the levels, singular and plural. */
  levels: levelsFr,
  /** Labels of the missing statuses, as legends and tooltips show them. */
  statuses: { secret: 'Secret statistique', 'not-available': 'Donnée non disponible', 'not-applicable': 'Sans objet', invalid: 'Valeur invalide dans la source' },
  /** Names of the classification methods. */
  methods: { quantile: 'Quantiles', equal: 'Intervalles égaux', jenks: 'Seuils naturels (Jenks)', manual: 'Seuils manuels', categorical: 'Catégories' },
  /** Credit line of the shipped geometry. */
  credit: 'Contours : IGN Admin Express COG 2018',

  /** Class ranges in words: `de 2,1 à moins de 3,4 %`. */
  range: {
    all: 'toutes les valeurs',
    below: (upper: string) => `moins de ${upper}`,
    above: (lower: string) => `${lower} et plus`,
    between: (lower: string, upper: string) => `de ${lower} à moins de ${upper}`,
  },
  rank: (rank: number, total: number) => `${ordinal(rank)} sur ${total}`,

  legendText: {
    eitherSide: (reference: string) => `, de part et d’autre de ${reference}`,
    reduced: (made: number, requested: number) => `${made} classes au lieu de ${requested}, pour n’en laisser aucune vide`,
    histogram: (n: number, min: string, max: string) => `Répartition des ${n} valeurs, de ${min} à ${max}`,
  },

  map: {
    loading: 'Chargement de la carte…',
    failed: 'La carte n’a pas pu être chargée',
    noTable: (levels: string) => `Pas de données par ${levels} pour cet indicateur.`,
    mapLabel: (title: string, levels: string) => `Carte : ${title}, par ${levels}`,
    instructions:
      'Flèches : territoire voisin. Début, Fin : premier, dernier territoire. Taper les premières lettres d’un nom pour y aller. Entrée : sélectionner. Échap : fermer l’info-bulle.',
    home: '← France entière',
    back: (name: string) => `← ${name}`,
    showTable: 'Afficher le tableau des données',
    hideTable: 'Masquer le tableau des données',
    territory: 'Territoire',
    code: 'Code',
    value: 'Valeur',
    rank: 'Rang',
    class: 'Classe',
    classOf: (i: number, n: number) => `classe ${i} sur ${n}`,
    unknownCodes: ['code inconnu', 'codes inconnus'] as [string, string],
    noOutline: ['commune sans contour en 2018', 'communes sans contour en 2018'] as [string, string],
    chooseArea: 'Zone affichée',
    /** Written under a narrow map, where the names in the inset frames would be too small to read. */
    insets: 'Encadrés, de haut en bas',
    selected: (name: string) => `${name} sélectionné`,
    deselected: (name: string) => `${name} désélectionné`,
    noMatch: (text: string) => `Aucun nom ne commence par «\u00a0${text}\u00a0»`,
    caption: (title: string, area: string, year: string) => `${title}${year ? `, ${year}` : ''} — ${area}`,
    summary: {
      min: 'Minimum',
      max: 'Maximum',
      missing: (count: string) => `${count} sans valeur`,
      noValue: 'Aucune valeur',
      others: ['autre', 'autres'] as [string, string],
      and: (others: string) => ` et ${others}`,
    },
  },

  /** The export toolbar. Visible text starts each accessible name (WCAG 2.5.3). */
  export: {
    label: 'Télécharger',
    png: 'image de la carte',
    svg: 'image vectorielle de la carte',
    csv: 'données affichées, tableur',
    failed: 'Le téléchargement a échoué',
    /** Column headers of the CSV file. */
    columns: ['code', 'nom', 'valeur', 'statut'] as [string, string, string, string],
  },

  element: {
    unavailable: 'Widget indisponible',
  },
}

/** The shape of a language's table. */
export type Texts = typeof fr

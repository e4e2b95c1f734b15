// The indicator catalogue: every dataset of the Deps reference data (../shared/data/deps, served at
// /data/deps/), each measure it yields and, per level, the adapter options that compute it. Shares
// and per-inhabitant values are computed by the adapters (`per`, `scale`, `filter`, `aggregate`),
// never precomputed here. Definition, source and year come from the dataset's meta.json (meta.ts).
import type { JoinOptions, Row } from 'atlas-culture/data-adapters'

export type SiteLevel = 'region' | 'departement' | 'commune'
export const SITE_LEVELS: readonly SiteLevel[] = ['region', 'departement', 'commune']

/** What the number is: the picker and the sources page say it (« part », « nombre »…). */
export type Measure = 'part' | 'par-habitant' | 'nombre' | 'valeur' | 'categories'

/** The adapter options of one level: the file (in the dataset's folder) and the join options. */
export type LevelSource = { file: string } & Omit<JoinOptions, 'level' | 'indicator'>

export interface Indicator {
  /** Key in the explorer's address (`?indicateur=`). */
  readonly id: string
  readonly theme: Theme
  /** Folder of ../shared/data/deps: its meta.json and CSV files. */
  readonly dataset: string
  readonly label: string
  readonly measure: Measure
  readonly unit: string
  /** Categories in their natural order (categorical indicators). */
  readonly categories?: readonly string[]
  /** The values the indicator can take; a value outside is flagged invalid (`withRange`). */
  readonly range?: readonly [number, number]
  readonly levels: Readonly<Partial<Record<SiteLevel, LevelSource>>>
}

export const THEMES = ['Emploi culturel', 'Entreprises culturelles', 'Dépenses culturelles', 'Population et territoires'] as const
export type Theme = (typeof THEMES)[number]

/** Counts over a total, by region, département and, where the file exists, commune. */
function ratio(id: string, theme: Theme, dataset: string, label: string, count: string, total: string, levels: readonly SiteLevel[]): Indicator[] {
  const at = (options: Omit<LevelSource, 'file'>) => Object.fromEntries(levels.map((l) => [l, { file: `${l}.csv`, code: 'Code Insee', ...options, ...(l === 'commune' ? { vintage: 2018 } : {}) }]))
  return [
    // A share lies between 0 and 100 %: the communes file of cultural enterprises counts more cultural
    // enterprises than enterprises in 181 rows (123 of 3 in Courtetain-et-Salans), invalid, not 4 100 %.
    { id, theme, dataset, label: `Part des ${label}`, measure: 'part', unit: '%', range: [0, 100], levels: at({ value: count, per: total, scale: 100 }) },
    // Merged communes (2018 codes) add up: a count is summed.
    { id: `${id}-nombre`, theme, dataset, label: `Nombre ${/^[aeiouyéh]/i.test(label) ? 'd’' : 'de '}${label}`, measure: 'nombre', unit: '', levels: at({ value: count, aggregate: 'sum' }) },
  ]
}

const SECTORS_DEP = ['Activités artistiques et action culturelle', 'Archives', 'Bibliothèques et médiathèques', 'Musées', 'Patrimoine (musées, monuments...)'] as const

/** Cultural spending per inhabitant from the long files (one row per sector): all sectors summed, or one. */
function spending(who: 'regions' | 'departements', level: SiteLevel, sector?: string): Indicator {
  const dataset = `depenses-culturelles-des-${who}`
  const whose = who === 'regions' ? 'des régions' : 'des départements'
  return {
    id: sector ? `depenses-${who}-${slug(sector)}` : `depenses-${who}`,
    theme: 'Dépenses culturelles',
    dataset,
    label: sector ? `Dépenses ${whose} : ${sector.replace(' (musées, monuments...)', '')}, par habitant` : `Dépenses culturelles ${whose} par habitant`,
    measure: 'par-habitant',
    unit: '€/hab.',
    // k€ → € per inhabitant; the population repeats on each sector row and is counted once.
    levels: { [level]: { file: 'depenses-culturelles.csv', code: 'Code INSEE', value: 'Total', per: 'Population', scale: 1000, aggregate: 'sum', ...(sector ? { filter: { Secteur: sector } } : {}) } },
  }
}

/** A commune-level value read as it is (no merge of 2018 codes: a density or a median does not add up). */
function communal(id: string, dataset: string, label: string, value: string, measure: Measure, unit: string, extra: Partial<LevelSource> = {}): Indicator {
  return { id, theme: 'Population et territoires', dataset, label, measure, unit, levels: { commune: { file: `${dataset}.csv`, code: 'Code Insee', value, ...extra } } }
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

const MINISTRY = (file: string, name: string): LevelSource => ({ file, name, value: 'Dépénses totales', per: 'Population', missing: { '-1': 'not-available' } })

export const INDICATORS: readonly Indicator[] = [
  ...ratio('actifs-secteurs', 'Emploi culturel', 'actifs-dans-les-secteurs-culturels', 'actifs dans les secteurs culturels', "Nombre d'actifs dans les secteurs culturels", "Nombre total d'actifs", ['region', 'departement']),
  ...ratio('actifs-professions', 'Emploi culturel', 'actifs-exercant-une-profession-culturelle', 'actifs exerçant une profession culturelle', "Nombre d'actifs exerçant une profession culturelle", "Nombre total d'actifs", ['region', 'departement']),
  ...ratio('salaries-marchands', 'Emploi culturel', 'salaries-actifs-des-secteurs-culturels-marchands', 'salariés des secteurs culturels marchands', 'Nombre de salariés actifs des secteurs culturels marchands', 'Nombre total de salariés actifs des secteur marchands', ['region', 'departement', 'commune']),
  ...ratio('entreprises', 'Entreprises culturelles', 'entreprises-culturelles-du-secteur-marchand', 'entreprises culturelles du secteur marchand', "Nombre d'entreprises culturelles du secteur marchand", "Nombre total d'entreprises du secteur marchand", ['region', 'departement', 'commune']),
  spending('regions', 'region'),
  spending('departements', 'departement'),
  ...SECTORS_DEP.map((s) => spending('departements', 'departement', s)),
  {
    id: 'depenses-ministere',
    theme: 'Dépenses culturelles',
    dataset: 'depenses-du-ministere-de-la-culture',
    label: 'Dépenses du ministère de la Culture par habitant',
    measure: 'par-habitant',
    unit: '€/hab.',
    // No codes in these files: joined by name. Corsica's -1 is « no figure », not a negative spending.
    levels: { region: MINISTRY('region.csv', 'Région'), departement: MINISTRY('departement.csv', 'Département') },
  },
  communal('population', 'population', 'Population', 'Population totale', 'nombre', 'hab.', { vintage: 2018, aggregate: 'sum' }),
  communal('densite', 'densite-de-la-population', 'Densité de la population', 'Densité de la population', 'valeur', 'hab./km²'),
  communal('evolution-population', 'evolution-de-la-population', 'Évolution de la population', 'Évolution de la population', 'valeur', '%'),
  communal('indice-jeunesse', 'indice-de-jeunesse', 'Indice de jeunesse', 'Indice de Jeunesse', 'valeur', ''),
  communal('niveau-de-vie', 'niveau-de-vie-median', 'Niveau de vie médian', 'Niveau de vie médian', 'valeur', '€'),
  communal('pauvrete', 'taux-de-pauvrete', 'Taux de pauvreté', 'Taux de pauvreté', 'valeur', '%'),
  {
    ...communal('grille-densite', 'grille-communale-de-densite', 'Grille communale de densité', 'Grille communale de densité', 'categories', '', { kind: 'categorical' }),
    // Lightest to darkest: the densest communes stand out.
    categories: ['Très peu dense', 'Peu dense', 'Densité intermédiaire', 'Très dense'],
  },
  {
    ...communal('aires-attraction', 'aires-d-attraction-des-villes', 'Aires d’attraction des villes (typologie)', 'Typologie', 'categories', '', { kind: 'categorical' }),
    categories: ['hors attraction des villes', 'moins de 50 000 hab. - pôle', 'entre 50 000 et 200 000 hab. - pôle', 'entre 200 000 et 700 000 hab. - pôle', 'plus de 700 000 hab. - couronne', 'plus de 700 000 hab. - pôle'],
  },
  {
    // A flag: a programme code for the communes of the programme, empty for the others.
    ...communal('action-coeur-de-ville', 'action-coeur-de-ville', 'Action cœur de ville', 'Action Coeur de Ville', 'categories', '', {
      kind: 'categorical',
      value: (row: Row) => (String(row['Action Coeur de Ville'] ?? '').trim() ? 'Commune du programme' : 'Hors programme'),
    }),
    categories: ['Hors programme', 'Commune du programme'],
  },
]

/** Every dataset folder, in catalogue order. */
export const DATASETS: readonly string[] = [...new Set(INDICATORS.map((i) => i.dataset))]

export function indicatorById(id: string | null | undefined): Indicator | undefined {
  return INDICATORS.find((i) => i.id === id)
}

/** The levels an indicator has, in the site's order. */
export function levelsOf(indicator: Indicator): SiteLevel[] {
  return SITE_LEVELS.filter((l) => indicator.levels[l])
}

export const MEASURE_LABELS: Record<Measure, string> = { part: 'part', 'par-habitant': 'par habitant', nombre: 'nombre', valeur: 'valeur', categories: 'catégories' }

import type { Lang } from './locale.js'
import type { MissingStatus } from './types.js'

/** Labels of the missing statuses, as shown in legends and tooltips. */
export const STATUS_LABELS: Record<Lang, Record<MissingStatus, string>> = {
  fr: {
    secret: 'Secret statistique',
    'not-available': 'Donnée non disponible',
    'not-applicable': 'Sans objet',
    invalid: 'Valeur invalide dans la source',
  },
  en: {
    secret: 'Statistical secrecy',
    'not-available': 'Not available',
    'not-applicable': 'Not applicable',
    invalid: 'Invalid value in the source',
  },
}

/** Names of the levels, singular and plural. */
export const LEVEL_LABELS: Record<Lang, Record<'region' | 'departement' | 'epci' | 'commune', [string, string]>> = {
  fr: { region: ['région', 'régions'], departement: ['département', 'départements'], epci: ['EPCI', 'EPCI'], commune: ['commune', 'communes'] },
  en: { region: ['region', 'regions'], departement: ['département', 'départements'], epci: ['EPCI', 'EPCIs'], commune: ['commune', 'communes'] },
}

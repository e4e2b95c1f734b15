import type { Level } from '../types.js'

/**
 * Names of the levels in English, singular and plural (`en.levels`). Apart from en.ts, which the
 * script tag fetches on demand, so that widget sections use them without loading it.
 */
export const levelsEn: Record<Level, [string, string]> = { region: ['region', 'regions'], departement: ['département', 'départements'], epci: ['EPCI', 'EPCIs'], commune: ['commune', 'communes'] }

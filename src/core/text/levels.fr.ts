import type { Level } from '../types.js'

/**
 * Names of the levels in French, singular and plural: the shared table's (`fr.levels`), in a module of
 * their own so that widget sections (the portrait's) use them without importing the whole table.
 */
export const levelsFr: Record<Level, [string, string]> = { region: ['région', 'régions'], departement: ['département', 'départements'], epci: ['EPCI', 'EPCI'], commune: ['commune', 'communes'] }

import type { Territory } from '../types.js'
import { DEPARTEMENTS, REGIONS } from './base.generated.js'

// The bundled data are strings (smaller than object literals once minified): decoded once, at import.
function rows(packed: string): string[][] {
  return packed.split(';').map((row) => row.split('|'))
}

const zone = (z: string | undefined): 'metro' | 'drom' => (z === 'd' ? 'drom' : 'metro')

// The script tag's parts leave these two fields empty (rollup.config.mjs): no element shows them.
const about = (chefLieu: string | undefined, population: string | undefined): Pick<Territory, 'chefLieu' | 'population'> =>
  chefLieu ? { chefLieu, population: Number(population) } : {}

/** The 18 regions (13 metropolitan, 5 DROM), in the source's order. */
export const REGION_LIST: readonly Territory[] = rows(REGIONS).map(([code = '', name = '', chefLieu, population, z]) =>
  Object.freeze({ level: 'region', code, name, ...about(chefLieu, population), zone: zone(z) }),
)

/** The 101 départements (96 metropolitan, 5 DROM), in the source's order. */
export const DEPARTEMENT_LIST: readonly Territory[] = rows(DEPARTEMENTS).map(([code = '', name = '', region, chefLieu, population, z]) =>
  Object.freeze({ level: 'departement', code, name, region, ...about(chefLieu, population), zone: zone(z) }),
)

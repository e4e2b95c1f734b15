/** Resources of the fake data.gouv.fr: real département codes, so that the join matches. */
import { DEPARTEMENTS } from '../server/departements.js'

/** Libraries per département and year (2 × 101 rows): two pages of 200 and a short third one. */
export const BIBLIOTHEQUES = [2019, 2020].flatMap((annee) => DEPARTEMENTS.map((d, i) => ({ code_dep: d.code, annee, bibliotheques: i + 10 + (annee - 2019) })))

/** The 2020 rows as a CSV file with French decimals and a secret cell. */
export const BIBLIOTHEQUES_CSV = ['code_dep;taux', ...DEPARTEMENTS.map((d, i) => `${d.code};${i === 0 ? 's' : `${i},5`}`)].join('\n')

export const RID = '1c5075ec-7ce1-49cb-ab89-94f507812daf'

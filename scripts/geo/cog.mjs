// The current geography (COG) from @etalab/decoupage-administratif, as the registry ships it: one source
// for scripts/build-registry.mjs (dist/registry/) and scripts/build-geo.mjs (the commune and EPCI
// geometry keyed by current codes), so that the geometry's codes are the registry's.
// Only metropolitan France and the five DROM are kept: the atlas does not cover the COM (975, 977…).
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const read = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`)

export const covered = (x) => x.zone === 'metro' || x.zone === 'drom'

function fail(message) {
  // Read by build-registry and build-geo: the message names the data, whichever calls.
  throw new Error(`@etalab/decoupage-administratif: ${message}`)
}

/**
 * Regions, départements, current communes, EPCI and the commune history:
 * - `history`: old code → current code. A code claimed by two current communes (an old commune split
 *   between them) has no single successor: it goes to `split`, never to an arbitrary one;
 * - `currentCode(code)`: what src/core/registry/history.ts's `currentCommuneCode` answers in the browser
 *   (itself if current, else its successor, else the city of an arrondissement municipal).
 */
export function cog() {
  const regions = read('regions').filter(covered)
  const departements = read('departements').filter(covered)
  const all = read('communes')
  const communes = all.filter((c) => c.type === 'commune-actuelle' && covered(c))
  const current = new Set(communes.map((c) => c.code))

  const epciOf = new Map()
  const epcis = []
  for (const e of read('epci')) {
    const members = e.membres.map((m) => m.code)
    const outside = members.filter((m) => !current.has(m))
    if (outside.length === members.length) continue
    if (outside.length) fail(`EPCI ${e.code}: members outside the covered communes: ${outside.join(', ')}`)
    for (const m of members) {
      if (epciOf.has(m)) fail(`commune ${m} in EPCI ${epciOf.get(m)} and ${e.code}`)
      epciOf.set(m, e.code)
    }
    epcis.push([e.code, e.nom, e.type, e.populationMunicipale, members])
  }

  const history = new Map()
  const split = new Map()
  function succeed(old, now) {
    if (old === now || current.has(old) || !current.has(now)) return
    const seen = split.get(old) ?? (history.has(old) ? [history.get(old)] : [])
    if (!seen.includes(now)) seen.push(now)
    if (seen.length > 1) {
      split.set(old, seen.sort())
      history.delete(old)
    } else history.set(old, now)
  }
  for (const c of communes) for (const old of c.anciensCodes ?? []) succeed(old, c.code)
  for (const c of all) if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && covered(c)) succeed(c.code, c.chefLieu)
  const arrondissements = all.filter((c) => c.type === 'arrondissement-municipal').map((c) => [c.code, c.commune])
  const arrondissementOf = new Map(arrondissements)

  const currentCode = (code) => (current.has(code) ? code : (history.get(code) ?? arrondissementOf.get(code)))
  return { regions, departements, communes, current, epciOf, epcis, history, split, arrondissements, currentCode }
}

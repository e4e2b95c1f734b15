import { loadAsset } from '../assets.js'
import type { Territory } from '../types.js'
import { setHistory } from './history.js'
import { isLoaded, setLevel, territory } from './store.js'

/** `registry/communes.json`, written by scripts/build-registry.mjs: one array per field. */
interface CommuneFile {
  /** Delta-coded: a string is a code; a number adds to the previous code's last 3 digits (same first 2 characters). */
  codes: (string | number)[]
  names: string[]
  departements: string[]
  regions: string[]
  /** Index into `epciCodes` (SIREN), -1 for the few communes outside any EPCI. */
  epci: number[]
  epciCodes: string[]
  population: number[]
  /** Old code → current code (merged communes, communes déléguées and associées). */
  history: Record<string, string>
  /** Old codes split between several current communes: no single successor. */
  split: Record<string, string[]>
  /** Arrondissement municipal → its city. */
  arrondissements: Record<string, string>
}

/** `registry/epci.json`: [SIREN, name, type (CC, CA, CU, METRO, MET69), population, member commune codes]. */
interface EpciFile {
  rows: [string, string, string, number, string[]][]
}

const inflight = new Map<'epci' | 'commune', Promise<void>>()

/**
 * Loads the EPCI or commune registry (`registry/epci.json`, `registry/communes.json` beside the module,
 * see `setAssetBase`). Idempotent: concurrent callers share one request; a failed load can be retried.
 * EPCI need the communes (their members), so `'epci'` loads both.
 */
export function loadTerritories(level: 'epci' | 'commune', signal?: AbortSignal): Promise<void> {
  if (level !== 'epci' && level !== 'commune') return Promise.reject(new Error(`invalid level: ${JSON.stringify(level)} (only epci and commune are loaded lazily)`))
  if (isLoaded(level)) return Promise.resolve()
  let p = inflight.get(level)
  if (!p) {
    p = level === 'commune' ? loadCommunes(signal) : loadEpci(signal)
    inflight.set(level, p)
    p.then(
      () => inflight.delete(level),
      () => inflight.delete(level),
    )
  }
  return p
}

async function loadCommunes(signal?: AbortSignal): Promise<void> {
  const file = await loadAsset<CommuneFile>('registry/communes.json', signal)
  let code = ''
  const list = file.codes.map((c, i): Territory => {
    code = typeof c === 'string' ? c : code.slice(0, 2) + String(Number(code.slice(2)) + c).padStart(3, '0')
    const departement = file.departements[i] ?? ''
    const fields = { level: 'commune' as const, code, name: file.names[i] ?? '', departement, region: file.regions[i], population: file.population[i] }
    const zone = departement.length === 3 ? 'drom' : 'metro'
    const epci = file.epciCodes[file.epci[i] ?? -1]
    return Object.freeze(epci ? { ...fields, epci, zone } : { ...fields, zone })
  })
  setHistory(
    list.map((t) => t.code),
    file.history,
    file.arrondissements,
    file.split,
  )
  setLevel('commune', list)
}

async function loadEpci(signal?: AbortSignal): Promise<void> {
  const [file] = await Promise.all([loadAsset<EpciFile>('registry/epci.json', signal), loadTerritories('commune', signal)])
  const list = file.rows.map(([code, name, , population, members]): Territory => {
    // An EPCI gets a département (région) only when all its members share it: some straddle borders.
    const deps = new Set(members.map((m) => territory('commune', m)?.departement))
    const regions = new Set(members.map((m) => territory('commune', m)?.region))
    const [departement] = deps.size === 1 ? deps : [undefined]
    const [region] = regions.size === 1 ? regions : [undefined]
    const zone = region === undefined ? undefined : territory('region', region)?.zone
    return Object.freeze({ level: 'epci', code, name, population, ...(region ? { region, zone } : {}), ...(departement ? { departement } : {}) })
  })
  setLevel('epci', list)
}

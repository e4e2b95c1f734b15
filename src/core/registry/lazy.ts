import { loadAsset } from '../assets.js'
import type { Territory } from '../types.js'
import { setHistory } from './history.js'
import { isLoaded, setLevel, territory } from './store.js'

/** `registry/communes.json`, written by scripts/build-registry.mjs. */
interface CommuneFile {
  /** [code, name, département, région, EPCI SIREN or '', population] */
  rows: [string, string, string, string, string, number][]
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
  const list = file.rows.map(([code, name, departement, region, epci, population]): Territory => {
    const zone = departement.length === 3 ? 'drom' : 'metro'
    return Object.freeze(epci ? { level: 'commune', code, name, departement, region, epci, population, zone } : { level: 'commune', code, name, departement, region, population, zone })
  })
  setHistory(
    list.map((t) => t.code),
    file.history,
    file.arrondissements,
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
    return Object.freeze({ level: 'epci', code, name, population, ...(region ? { region } : {}), ...(departement ? { departement } : {}) })
  })
  setLevel('epci', list)
}

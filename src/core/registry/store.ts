import { invalid } from '../options.js'
import { LEVELS, type Level, type Territory } from '../types.js'
import { DEPARTEMENT_LIST, REGION_LIST } from './base.js'

/** The territories of one level with their index by code. */
export interface LevelData {
  readonly list: readonly Territory[]
  readonly byCode: ReadonlyMap<string, Territory>
}

function index(list: readonly Territory[]): LevelData {
  return { list, byCode: new Map(list.map((t) => [t.code, t])) }
}

// Regions and départements are bundled; EPCI and communes arrive with loadTerritories().
const data = new Map<Level, LevelData>([
  ['region', index(REGION_LIST)],
  ['departement', index(DEPARTEMENT_LIST)],
])

/** Installs a lazily loaded level (called by the loader only). */
export function setLevel(level: Level, list: readonly Territory[]): void {
  data.set(level, index(list))
}

/** Whether the territories of `level` are available synchronously (regions and départements always are). */
export function isLoaded(level: Level): boolean {
  return data.has(level)
}

/** The data of `level`; throws, naming the call to make, if that level has not been loaded yet. */
export function levelData(level: Level): LevelData {
  const d = data.get(level)
  if (!d && !LEVELS.includes(level)) invalid('level', level, `expected one of ${LEVELS.join(', ')}`)
  if (!d) throw new Error(`${level === 'epci' ? 'EPCI' : level} registry not loaded: await loadTerritories('${level}')`)
  return d
}

/**
 * All territories of `level`: 18 regions, 101 départements (metropolitan France and the 5 DROM; the COM
 * are not covered), and once loaded the current EPCI and communes.
 */
export function territories(level: Level): readonly Territory[] {
  return levelData(level).list
}

/** The territory of `level` with exactly this code (already normalised: see `normalizeCode`). */
export function territory(level: Level, code: string): Territory | undefined {
  return levelData(level).byCode.get(code)
}

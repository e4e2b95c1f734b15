/**
 * Commune codes of other vintages of the COG. Data published with 2018 codes (the shipped 2018 geometry,
 * many Deps tables) name communes that have since merged into « communes nouvelles »; this maps them to
 * the current commune.
 */
let history: ReadonlyMap<string, string> | undefined
let arrondissements: ReadonlyMap<string, string> = new Map()
let current: ReadonlySet<string> = new Set()
let split: ReadonlyMap<string, readonly string[]> = new Map()

/** Installs the history read from `registry/communes.json` (called by the loader only). */
export function setHistory(codes: Iterable<string>, old: Record<string, string>, arr: Record<string, string>, shared: Record<string, string[]>): void {
  current = new Set(codes)
  split = new Map(Object.entries(shared))
  history = new Map(Object.entries(old))
  arrondissements = new Map(Object.entries(arr))
}

/**
 * The current commune that `code` belongs to today: itself if current, its successor if the commune
 * merged into another, the city for an arrondissement municipal of Paris, Lyon or Marseille (75101…,
 * 69381…, 13201… → 75056, 69123, 13055; see {@link arrondissementCommune}). `undefined` if the code is
 * unknown, or if the old commune was split between several current ones (no single successor).
 * Needs `await loadTerritories('commune')`.
 */
export function currentCommuneCode(code: string): string | undefined {
  if (current.has(code)) return code
  return loaded().get(code) ?? arrondissements.get(code)
}

/**
 * The city (75056 Paris, 69123 Lyon, 13055 Marseille) of an arrondissement municipal code, `undefined`
 * for any other code. Arrondissements are parts of a current commune, not former communes: a source
 * giving both the city and its arrondissements counts the same people twice if they are added up.
 */
export function arrondissementCommune(code: string): string | undefined {
  loaded()
  return arrondissements.get(code)
}

/**
 * The current communes an old commune was split between (e.g. 55273 Lamarche-en-Woëvre → 55245, 55386),
 * for which {@link currentCommuneCode} gives no successor; empty for any other code.
 */
export function splitCommune(code: string): readonly string[] {
  loaded()
  return split.get(code) ?? []
}

function loaded(): ReadonlyMap<string, string> {
  if (!history) throw new Error("commune registry not loaded: await loadTerritories('commune')")
  return history
}

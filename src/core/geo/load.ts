import type { Topology } from 'topojson-specification'
import { loadAsset } from '../assets.js'
import { invalid, oneOf } from '../options.js'
import { checkWithin, parseWithin } from '../view.js'
import { featuresOf, mergeTopologies } from './topology.js'
import type { GeoLevel, GeoWithin, LevelGeometry } from './types.js'
import { GEO_LEVELS } from './types.js'

const FRANCE = 'geo/france.topo.json'
const COMMUNES = 'geo/communes.topo.json'
/** The names of the national file's communes (`{ code: nom }`), shipped apart: the map does not need them. */
const COMMUNE_NAMES = 'geo/communes.names.json'
const communesOf = (dep: string) => `geo/communes/${dep}.topo.json`

/**
 * The features of `level` with their neighbours, from the shipped TopoJSON (see {@link setAssetBase}).
 * `within` restricts them to one region or département: communes of a département come from its own,
 * finer file; communes of a region from its départements' files; communes of all France from the
 * national file. Communes are the current ones, by their current code and name: the 2018 outlines of
 * communes merged since are one feature under the merged commune's code (the registry's
 * `currentCommuneCode`), a few current communes created since 2018 by splitting one have none.
 * An unknown `within.code` throws `invalid within: …`.
 */
export async function loadGeometry(level: GeoLevel, within?: GeoWithin, signal?: AbortSignal): Promise<LevelGeometry> {
  const lv = oneOf('level', level, GEO_LEVELS, 'departement')
  const w = checkWithin(lv, parseWithin(within), true) ?? undefined
  const france = await loadAsset<Topology>(FRANCE, signal)
  const deps = featuresOf(france, 'departements').features
  const depsWithin = w ? deps.filter((d) => (w.level === 'region' ? d.properties.region === w.code : d.id === w.code)) : deps
  if (depsWithin.length === 0) return invalid('within', within, 'unknown territory')

  let result: Pick<LevelGeometry, 'features' | 'neighbors'>
  if (lv === 'region') {
    result = featuresOf(france, 'regions', (g) => !w || g.id === w.code)
  } else if (lv === 'departement') {
    const codes = new Set(depsWithin.map((d) => d.id))
    result = featuresOf(france, 'departements', (g) => codes.has(String(g.id)))
  } else if (!w) {
    const [topology, names] = await Promise.all([loadAsset<Topology>(COMMUNES, signal), loadAsset<Record<string, string>>(COMMUNE_NAMES, signal)])
    result = featuresOf(topology, 'communes')
    for (const f of result.features) f.properties.nom = names[f.id] ?? f.id
  } else {
    const files = await Promise.all(depsWithin.map((d) => loadAsset<Topology>(communesOf(d.id), signal)))
    result = featuresOf(mergeTopologies(files, 'communes'), 'communes')
  }
  return { level: lv, ...(w ? { within: w } : {}), ...result }
}

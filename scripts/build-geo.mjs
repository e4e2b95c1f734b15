// Builds the shipped TopoJSON into dist/geo/ from the IGN Admin Express COG 2018 GeoJSON in ../shared
// (read in place, never copied into the repo):
//   france.topo.json           objects `regions` (18) and `departements` (101), sharing arcs
//   communes.topo.json         object `communes` (34,868 current communes) for all France, ids only
//   communes.names.json        their current names, `{ code: nom }` (loadGeometry adds them back)
//   communes/<dép>.topo.json   object `communes` of one département, finer, with `nom`
// Pre-projected for the map (scripts/geo/planar.mjs: unit-scale coordinates of each zone's projection on
// a planar grid), ids only; the map reads no other geometry:
//   france.xy.bin, communes.xy.bin, communes/<dép>.xy.bin   the same as their .topo.json, in binary
//                              (scripts/geo/xy-binary.mjs: typed arrays to decode, not JSON to parse)
//   communes/regions/<code>.xy.bin  the communes of a region (its départements', in one topology)
//   epci.xy.bin                object `epci` (the union of each EPCI's communes) for all France
//   epci/<dép>.xy.bin          object `epci` of one département, finer: each EPCI cut to its communes there
//   epci/regions/<code>.xy.bin   the same per region
// Feature ids are INSEE codes (current ones for communes) and SIREN codes (EPCI); properties: `nom`,
// plus `region` (départements).
// Winding: the source rings are clockwise in d3-geo's spherical sense (every feature has a small
// geoArea), and TopoJSON keeps ring orientation, so nothing is rewound here; tests/core/geo checks it.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { topology } from 'topojson-server'
import { mergeArcs, quantize } from 'topojson-client'
import { cog } from './geo/cog.mjs'
import { planar } from './geo/planar.mjs'
import { encodeXy } from './geo/xy-binary.mjs'
import { bucket, dropFlatRings, groupBy, simplifyKeeping, subset, tidy } from './geo/topo.mjs'

const started = performance.now()
const source = new URL('../../shared/geo/admin-express-cog-2018/', import.meta.url)
const out = new URL('../dist/geo/', import.meta.url)
const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'))
const require = createRequire(import.meta.url)
rmSync(out, { recursive: true, force: true })

/** Fractions of the source points kept; tuned against the size budgets in scripts/size-budgets.mjs. */
const KEEP = { france: 0.055, communesFrance: 0.05, communesDepartement: 0.35 }
/**
 * Quantization grids in degrees. The per-département files share one grid and one simplification, so
 * files cut from it have identical border coordinates (neighbours across files can be matched); 1e-4°
 * (≈ 10 m) keeps the smallest communes (a few hectares) intact. The whole-France commune file, drawn at
 * most a few hundred pixels per degree, uses ≈ 100 m; regions and départements ≈ 200 m (a pixel of a
 * 1000-pixel map of France is about 1 km), which with 5.5 % of the points keeps france.topo.json
 * under 25 KB gzip (BENCHMARKS.md, Geometry).
 */
/**
 * Planar grids of the map's pre-projected files (scripts/geo/planar.mjs), in unit lengths of the
 * projection (about 6,371 km). 2.5e-5, about 160 m, is finer than the 0.002° (about 220 m) of the
 * source and kept france.xy.json (now .xy.bin) under the 25 KB gzip of france.topo.json (2e-5 measured 25.8 KB); the
 * communes' about 95 m and 9.5 m match their grids below (0.001° and 1e-4° of latitude are 111 and 11 m).
 */
const PLANAR = { france: 2.5e-5, communesFrance: 1.5e-5, communesDepartement: 1.5e-6 }
const GRID = { france: 0.002, communesFrance: 0.001, communesDepartement: 0.0001 }

// Current département → région (the 2018 départements are the current ones).
const regionOf = new Map(require('@etalab/decoupage-administratif/data/departements.json').map((d) => [d.code, d.region]))

function featureCollection(url, extra) {
  const fc = readJson(url)
  for (const f of fc.features) {
    f.id = f.properties.code
    Object.assign(f.properties, extra?.(f))
  }
  return fc
}

/** A grid transform aligned on multiples of `step`, so every file quantized with it agrees. */
function grid(step, bbox) {
  const snap = (v) => Math.floor(v / step) * step
  return { scale: [step, step], translate: [snap(bbox[0]), snap(bbox[1])] }
}

function write(path, topo) {
  const url = new URL(path, out)
  mkdirSync(new URL('./', url), { recursive: true })
  // The map's files in binary: 35,000 communes in JSON were half a million arrays to parse.
  writeFileSync(url, path.endsWith('.bin') ? encodeXy(topo) : JSON.stringify(topo))
}

function mergeBy(topo, collection, keyOf, propsOf) {
  const groups = new Map()
  for (const g of collection.geometries) {
    const key = keyOf(g)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(g)
  }
  return {
    type: 'GeometryCollection',
    geometries: [...groups].map(([id, members]) => ({ ...mergeArcs(topo, members), id, properties: propsOf(id) })),
  }
}

// --- France: départements, regions merged from them (one arc per shared border) ---
{
  const deps = featureCollection(new URL('departements.geojson', source), (f) => ({ region: regionOf.get(f.id) }))
  const missing = deps.features.filter((f) => !f.properties.region).map((f) => f.id)
  if (missing.length) throw new Error(`build-geo: no region for départements ${missing.join(', ')}`)
  const regionNames = new Map(readJson(new URL('regions.geojson', source)).features.map((f) => [f.properties.code, f.properties.nom]))
  let topo = topology({ departements: deps })
  topo = simplifyKeeping(topo, KEEP.france, GRID.france)
  topo = quantize(topo, grid(GRID.france, topo.bbox))
  dropFlatRings(topo, topo.objects.departements)
  tidy(topo.objects.departements, ['nom', 'region'])
  topo.objects = {
    regions: mergeBy(topo, topo.objects.departements, (g) => g.properties.region, (code) => ({ nom: regionNames.get(code) })),
    departements: topo.objects.departements,
  }
  const unnamed = topo.objects.regions.geometries.filter((g) => !g.properties.nom).map((g) => g.id)
  if (unnamed.length) throw new Error(`build-geo: regions without a name in regions.geojson: ${unnamed.join(', ')}`)
  write('france.topo.json', topo)
  write('france.xy.bin', planar(topo, PLANAR.france))
}

// --- Communes and EPCI: one topology for all France, simplified once, then grouped and cut ---
// The source is of 2018 while the registry is current: each 2018 commune is keyed by its current code
// with the registry's own rule (scripts/geo/cog.mjs, as currentCommuneCode in the browser), communes
// merged since become one geometry (mergeArcs), and an EPCI is the union of its member communes. The
// map draws these files as they are: no merging at run time.
{
  const { communes: currentCommunes, regions, epciOf, currentCode } = cog()
  const communeOf = new Map(currentCommunes.map((c) => [c.code, c]))
  const features = []
  for (const file of readdirSync(new URL('communes/', source)).filter((f) => f.endsWith('.geojson')).sort()) {
    const dep = file.replace('.geojson', '')
    features.push(...featureCollection(new URL(`communes/${file}`, source), () => ({ departement: dep })).features)
  }
  const full = topology({ communes: { type: 'FeatureCollection', features } })
  const bbox = full.bbox
  // 2018 codes without a single current commune (split since): not drawn, as before the build merged.
  const unkeyed = features.filter((f) => !currentCode(f.id)).map((f) => f.id)
  const merged = new Set(features.map((f) => currentCode(f.id)).filter(Boolean)).size

  /** 2018 geometries of `topo` grouped by key (undefined: left out), one geometry per key in code order. */
  const group = (topo, geometries, keyOf, propsOf) =>
    groupBy(topo, geometries, keyOf, propsOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const communeKey = (g) => currentCode(String(g.id))
  const epciKey = (g) => epciOf.get(currentCode(String(g.id)))
  const departementOf = (g) => communeOf.get(currentCode(String(g.id)))?.departement
  const regionOfCommune = (g) => communeOf.get(currentCode(String(g.id)))?.region

  // Whole France, coarser: for the national commune and EPCI maps.
  let france = simplifyKeeping(full, KEEP.communesFrance, GRID.communesFrance)
  france = quantize(france, grid(GRID.communesFrance, bbox))
  dropFlatRings(france, france.objects.communes)
  const france2018 = france.objects.communes.geometries
  // Ids only: the map names communes from the registry (current names), and the 35,000 names are a sixth of
  // the file's gzip size; loadGeometry adds them back from communes.names.json for the GeoJSON it returns.
  const communesFrance = group(france, france2018, communeKey, () => undefined)
  const names = Object.fromEntries(communesFrance.map((g) => [g.id, communeOf.get(g.id).nom]))
  const communesTopo = subset(france, 'communes', communesFrance)
  write('communes.topo.json', communesTopo)
  write('communes.xy.bin', planar(communesTopo, PLANAR.communesFrance))
  write('communes.names.json', names)
  write('epci.xy.bin', planar(subset(france, 'epci', group(france, france2018, epciKey, () => undefined)), PLANAR.communesFrance))

  // Per département and per region, finer, all from one simplification and one grid: files cut from it
  // meet without gaps. An EPCI across a border is cut to the département's (region's) communes. A
  // region's own file spares the map joining its départements' files (mergeTopologies); loadGeometry,
  // less pressed, still joins the départements' .topo.json (one copy of the communes in longitude and latitude).
  const fine = quantize(simplifyKeeping(full, KEEP.communesDepartement, GRID.communesDepartement), grid(GRID.communesDepartement, bbox))
  dropFlatRings(fine, fine.objects.communes)
  const fine2018 = fine.objects.communes.geometries
  for (const [dep, geometries] of bucket(fine2018, departementOf)) {
    const communes = subset(fine, 'communes', group(fine, geometries, communeKey, (code) => ({ nom: communeOf.get(code).nom })))
    write(`communes/${dep}.topo.json`, communes)
    write(`communes/${dep}.xy.bin`, planar(communes, PLANAR.communesDepartement, false))
    write(`epci/${dep}.xy.bin`, planar(subset(fine, 'epci', group(fine, geometries, epciKey, () => undefined)), PLANAR.communesDepartement, false))
  }
  const regionCodes = new Set(regions.map((r) => r.code))
  for (const [region, geometries] of bucket(fine2018, regionOfCommune)) {
    if (!regionCodes.has(region)) throw new Error(`build-geo: commune of unknown region ${region}`)
    write(`epci/regions/${region}.xy.bin`, planar(subset(fine, 'epci', group(fine, geometries, epciKey, () => undefined)), PLANAR.communesDepartement, false))
    write(`communes/regions/${region}.xy.bin`, planar(subset(fine, 'communes', group(fine, geometries, communeKey, () => undefined)), PLANAR.communesDepartement, false))
  }
  console.log(`build-geo: ${features.length} communes of 2018 → ${merged} current communes (${unkeyed.length} left out, no single current commune: ${unkeyed.join(', ')})`)
}

console.log(`build-geo: wrote ${fileURLToPath(out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

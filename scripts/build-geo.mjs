// Builds the shipped TopoJSON into dist/geo/ from the IGN Admin Express COG 2018 GeoJSON in ../shared
// (read in place, never copied into the repo):
//   france.topo.json           objects `regions` (18) and `departements` (101), sharing arcs
//   france.xy.json             the same pre-projected for the map (scripts/geo/planar.mjs), ids only
//   communes.topo.json         object `communes` (35,357) for all France, ids only (no properties)
//   communes.names.json        their names, `{ code: nom }` (loadGeometry adds them back)
//   communes/<dép>.topo.json   object `communes` of one département, finer
//   communes.xy.json, communes/<dép>.xy.json   the same pre-projected for the map, ids only
// Feature ids are INSEE codes; properties: `nom`, plus `region` (départements) and `departement` (communes).
// Winding: the source rings are clockwise in d3-geo's spherical sense (every feature has a small
// geoArea), and TopoJSON keeps ring orientation, so nothing is rewound here; tests/core/geo checks it.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { topology } from 'topojson-server'
import { mergeArcs, quantize } from 'topojson-client'
import { planar } from './geo/planar.mjs'
import { dropFlatRings, simplifyKeeping, subset, tidy } from './geo/topo.mjs'

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
 * source and keeps france.xy.json under the 25 KB gzip of france.topo.json (2e-5 measured 25.8 KB); the
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
  writeFileSync(url, JSON.stringify(topo))
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
  write('france.xy.json', planar(topo, PLANAR.france))
}

// --- Communes: one topology for all France, simplified once, then cut per département ---
{
  const features = []
  for (const file of readdirSync(new URL('communes/', source)).filter((f) => f.endsWith('.geojson')).sort()) {
    const dep = file.replace('.geojson', '')
    features.push(...featureCollection(new URL(`communes/${file}`, source), () => ({ departement: dep })).features)
  }
  const full = topology({ communes: { type: 'FeatureCollection', features } })
  const bbox = full.bbox

  // Whole France, coarser: for the national commune map.
  let france = simplifyKeeping(full, KEEP.communesFrance, GRID.communesFrance)
  france = quantize(france, grid(GRID.communesFrance, bbox))
  dropFlatRings(france, france.objects.communes)
  // Ids only: the map names communes from the registry (current names), and the 35,000 names are a sixth of
  // the file's gzip size; loadGeometry adds them back from communes.names.json for the GeoJSON it returns.
  const names = {}
  for (const g of france.objects.communes.geometries) {
    names[g.id] = g.properties.nom
    delete g.properties
  }
  write('communes.topo.json', france)
  write('communes.xy.json', planar(france, PLANAR.communesFrance))
  write('communes.names.json', names)

  // Per département, finer, all from one simplification and one grid.
  const fine = quantize(simplifyKeeping(full, KEEP.communesDepartement, GRID.communesDepartement), grid(GRID.communesDepartement, bbox))
  dropFlatRings(fine, fine.objects.communes)
  tidy(fine.objects.communes, ['nom', 'departement'])
  const byDep = new Map()
  for (const g of fine.objects.communes.geometries) {
    const dep = g.properties.departement
    delete g.properties.departement
    if (!byDep.has(dep)) byDep.set(dep, [])
    byDep.get(dep).push(g)
  }
  for (const [dep, geometries] of byDep) {
    const one = subset(fine, 'communes', geometries)
    write(`communes/${dep}.topo.json`, one)
    write(`communes/${dep}.xy.json`, planar(one, PLANAR.communesDepartement, false))
  }
}

console.log(`build-geo: wrote ${fileURLToPath(out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

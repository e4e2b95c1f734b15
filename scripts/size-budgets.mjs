// Gzip budgets of what ships, shared by scripts/check-size.mjs (in `npm test`) and the browser test
// that measures the bytes of JS a page actually fetches (tests/examples/atlas-embed.test.ts).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

export const KB = 1024

/**
 * path (relative to the repo) → gzip budget in bytes. Budgets only go down: each is the measured
 * size rounded up, lowered with every cut, never raised.
 */
export const fileBudgets = {
  // The one script a page includes: the loader. Elements' code comes in parts beside it.
  'dist/atlas-culture.min.js': 2 * KB,
  // The script-tag bundle with the whole public API, for pages that script the library.
  // 88.2 KB since commune and EPCI geometry is merged at build time (2026-12-03). 88.2 KB (90,321 B) with
  // Preact without what no widget reaches (2026-12-04, fifteenth session): 209 B over 88 KB. 87.7 KB
  // (89,850 B) with Preact leaner still (sixteenth session).
  'dist/atlas-culture.full.js': 88 * KB,
  // Measured 24.2 KB after the coarser build of 2026-12-01 (BENCHMARKS.md, Geometry); aim 25 KB.
  'dist/geo/france.topo.json': 25 * KB,
  // The same pre-projected for the map (scripts/geo/planar.mjs), ids only: 24.5 KB in JSON (france.xy.json)
  // on 2026-12-03; in binary (scripts/geo/xy-binary.mjs), measured 18.0 KB on 2026-12-03 (issue #10).
  'dist/geo/france.xy.bin': 18 * KB,
  // Ids only since 2026-12-01 (names in communes.names.json): measured 1438.8 KB; aim 1.5 MB. Current
  // communes (merged since 2018: one geometry) since 2026-12-03: 1435.7 KB.
  'dist/geo/communes.topo.json': 1436 * KB,
  // The same pre-projected for the map, ids only: 1431.4 KB in JSON (communes.xy.json) on 2026-12-03;
  // in binary (scripts/geo/xy-binary.mjs), measured 1094.9 KB on 2026-12-03 (issue #10).
  'dist/geo/communes.xy.bin': 1095 * KB,
}

const MAP = 'src/embed/atlas-map.tsx'
const RANKING = 'src/embed/atlas-ranking.tsx'
const TABLE = 'src/embed/atlas-table.tsx'
const PORTRAIT = 'src/embed/atlas-portrait.tsx'
// What only an action on a map loads: export files, data table, canvas and geometry of communes and
// EPCI, histogram, JSON data. (Not the parts of a rare attribute: theme, sync-url, range, national
// rows, natural breaks, rows to combine; the page of every widget counts them.)
const MAP_ACTIONS = [
  'src/core/assets.ts',
  'data-adapters/json/from-json-url.ts',
  'src/components/legend/LegendHistogram.tsx',
  'src/components/map/DataTable.tsx',
  'src/components/map/canvas/CanvasShapes.tsx',
  'src/components/map/communes-geometry.ts',
  'src/components/map/export/files.ts',
]

/**
 * Pages, by the parts (source modules, see dist/atlas-culture.parts.json) they load before their first
 * paint → gzip budget of all their JS (the loader, those parts and the chunks these import).
 * Targets (issue #14): one départements map 35 KB (ceiling 45), each further widget kind 8 KB, all four
 * widgets with every part loaded 70 KB. Today's ceilings are the measures rounded up (BENCHMARKS.md,
 * "Embed bundle size"), below the 53 KB of the single file before.
 */
export const pageBudgets = {
  // 44.9 KB since the geometry is pre-projected at build time (2026-12-03): under issue #14's ceiling.
  // 43.2 KB since the rows to combine and the natural breaks are fetched on use (2026-12-03, fourteenth session).
  // 42.4 KB since Preact and signals-core ship without what no widget reaches (2026-12-04, fifteenth session).
  // 41.9 KB (sixteenth session: 42,940 B, 68 B under 42 KB).
  'one map': { parts: [MAP], budget: 42 * KB },
  // 55.0 KB (2026-12-03): pre-projected geometry and build-time merging paid for the data table on the
  // shared, virtualised DataTable (issue #7). 54.6 KB since the elements read their source without the
  // adapters' checks of options no attribute sets (2026-12-03, twelfth session). 53.2 KB (fourteenth session).
  // 52.3 KB (fifteenth session). 51.8 KB (sixteenth session).
  'one map, every part loaded': { parts: [MAP, ...MAP_ACTIONS], budget: 52 * KB },
  // The ranking's own chunk: 7.9 KB beside the map's (the map's chunk carries what they share). 51.8 KB
  // (2026-12-03, twelfth session). 50.4 KB (fourteenth session). 49.6 KB (fifteenth session). 49.1 KB (sixteenth
  // session; 54 B over 49 KB).
  'map and ranking': { parts: [MAP, RANKING], budget: 50 * KB },
  // What 'every widget, every part loaded' measured before the table and the portrait came (the parts
  // of dist/atlas-culture.parts.json then): the map and the ranking with all their parts.
  'map and ranking, every part loaded': {
    parts: [MAP, RANKING, ...MAP_ACTIONS, 'src/components/shared/ErrorMessage.tsx', 'src/core/text/en.ts', 'src/components/ranking/export/files.ts', 'data-adapters/join/categorical.ts'],
    // 66.6 KB (2026-12-03, thirteenth session: the elements check only the rules between their data attributes).
    // 66.1 KB (fifteenth session; 77 B over 66 KB). 65.8 KB (sixteenth session).
    budget: 66 * KB,
  },
  // The table's and the portrait's own chunks beside the map's, with what they share (2026-12-02:
  // 57.1 and 58.2 KB; each adds at most 8 KB to the one-map page, issue #14, see furtherWidgetBudget).
  // 51.2 KB (2026-12-03, fourteenth session). 50.3 KB (fifteenth session). 49.8 KB (sixteenth session).
  'map and table': { parts: [MAP, TABLE], budget: 50 * KB },
  // 51.96 KB (2026-12-03, thirteenth session). 50.2 KB (fifteenth session). 49.7 KB (sixteenth session).
  'map and portrait': { parts: [MAP, PORTRAIT], budget: 50 * KB },
  // All four widgets with every part: 81.8 KB (2026-12-03), over issue #14's 70 KB target (BENCHMARKS.md).
  // 80.9 KB (fifteenth session, with its two levers of issue #10 merged). 80.3 KB (sixteenth session).
  'every widget, every part loaded': { parts: 'all', budget: 81 * KB },
}

/** Issue #14: each further widget kind adds at most this much to the one-map page (checked by scripts/check-size.mjs). */
export const furtherWidgetBudget = { base: 'one map', pages: ['map and ranking', 'map and table', 'map and portrait'], budget: 8 * KB }

export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length
}

/** The files (in dist/) a page loads for `parts` ('all': every part), the loader included. */
export function pageFiles(parts, dist = 'dist') {
  const manifest = JSON.parse(readFileSync(`${dist}/atlas-culture.parts.json`, 'utf8'))
  const files = new Set(['atlas-culture.min.js'])
  for (const part of parts === 'all' ? Object.keys(manifest) : parts) {
    if (!manifest[part]) throw new Error(`no part ${part} in ${dist}/atlas-culture.parts.json`)
    for (const f of manifest[part]) files.add(f)
  }
  return [...files]
}

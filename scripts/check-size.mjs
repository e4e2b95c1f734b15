// Size budget, enforced in `npm test`: fails when a shipped file grows past its gzip budget.
import { readFileSync, existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const KB = 1024
/** path (relative to the repo) → gzip budget in bytes. */
export const budgets = {
  // The script-tag bundle pages paste in (elements and a small scripting API). Target for the four-widget
  // embed: 45 KB. Today the map alone is over it (BENCHMARKS.md, "Embed bundle size": 52.1 KB once d3-geo
  // and d3-array left it): this ceiling, the measured size rounded up to the next KB, only stops it
  // growing while the cuts listed there land; lower it with every cut, never raise it.
  'dist/atlas-culture.min.js': 53 * KB,
  // The script-tag bundle with the whole public API, for pages that script the library.
  'dist/atlas-culture.full.js': 90 * KB,
  // Measured 24.2 KB after the coarser build of 2026-12-01 (BENCHMARKS.md, Geometry); aim 25 KB.
  'dist/geo/france.topo.json': 25 * KB,
  // Ids only since 2026-12-01 (names in communes.names.json): measured 1438.8 KB; aim 1.5 MB.
  'dist/geo/communes.topo.json': 1440 * KB,
}

export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length
}

let failed = false
for (const [path, budget] of Object.entries(budgets)) {
  if (!existsSync(path)) {
    console.error(`size: ${path} is missing (run npm run build)`)
    failed = true
    continue
  }
  const size = gzipSize(path)
  const ok = size <= budget
  if (!ok) failed = true
  console.log(`size: ${ok ? 'ok  ' : 'OVER'} ${path} ${(size / KB).toFixed(1)} KB gzip (budget ${(budget / KB).toFixed(0)} KB)`)
}
process.exit(failed ? 1 : 0)

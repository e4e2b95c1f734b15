// `npm run bench -- [name] [options]`: runs one benchmark script, or by default the map's two
// (bench-map, then bench-dsfr) with the same options. Names: map, dsfr, trace, ab, geo, adapters, widgets, csv.
//   npm run bench                       # map + dsfr, their default runs
//   npm run bench -- dsfr --runs 9      # one of them, options passed through
// Each script documents its own options and what it writes into BENCHMARKS.md (--write).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SCRIPTS = { map: 'bench-map.mjs', dsfr: 'bench-dsfr.mjs', trace: 'bench-trace.mjs', ab: 'bench-ab.mjs', geo: 'bench-geo.mjs', adapters: 'bench-adapters.mjs', widgets: 'bench-widgets.mjs', csv: 'bench-csv.mjs' }
const [first, ...rest] = process.argv.slice(2)
const named = first !== undefined && first in SCRIPTS
const names = named ? [first] : ['map', 'dsfr']
const args = named ? rest : process.argv.slice(2)
if (first !== undefined && !named && !first.startsWith('--')) {
  console.error(`bench: unknown benchmark ${first} (one of ${Object.keys(SCRIPTS).join(', ')})`)
  process.exit(2)
}
for (const name of names) {
  const script = fileURLToPath(new URL(SCRIPTS[name], import.meta.url))
  const { status } = spawnSync(process.execPath, [...(name === 'adapters' ? ['--expose-gc'] : []), script, ...args], { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}

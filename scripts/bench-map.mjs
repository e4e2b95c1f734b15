// Map benchmarks in Chromium: 101 départements painted (ChoroplethMap), all communes of France painted
// (canvas) against the floor of a bare d3-geo canvas drawing of the same shipped geometry, new classes
// repainted, hover latency on the commune canvas. DSFR Chart's map-chart: scripts/bench-dsfr.mjs.
//   node scripts/bench-map.mjs [--runs 5] [--hovers 200] [--baseline DIR] [--shots DIR] [--write]
// Needs a built dist/ (npm run build). --write replaces the "## Map" section of BENCHMARKS.md.
// --baseline DIR: also times the ChoroplethMap pages with the dist/ of an earlier build in DIR (its
// index.js, data-adapters.js and geo/), interleaved in the same runs, for before/after ratios.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pageBundle as bundle, tree } from './bench/bundle.mjs'
import { cli, gz, kb, launch, load, machine, median, ms, quantile, serve } from './bench/harness.mjs'
import { atlasCommunes, atlasCommunesOf, atlasDeps, d3Communes } from './bench/pages.mjs'
import { departementValues, shared } from './bench/values.mjs'

const { argv, flag, option } = cli()
const RUNS = option('runs', 5)
const HOVERS = option('hovers', 200)
const BASELINE = option('baseline')
const shots = option('shots', mkdtempSync(join(tmpdir(), 'bench-map-shots-')))
mkdirSync(shots, { recursive: true })
const root = fileURLToPath(new URL('..', import.meta.url))

/** The page bundle (the map and the data adapters with Preact and d3, minified, as a host ships it) of a dist/. */
const pageBundle = (dist) => bundle(root, 'scripts/bench/map-entry.js', dist)

const { values } = departementValues()
const files = {
  ...tree(join(root, 'dist/geo'), '/dist/geo/'),
  ...tree(join(root, 'dist/registry'), '/dist/registry/'),
  '/atlas.js': await pageBundle(join(root, 'dist')),
  '/data/population.csv': readFileSync(join(shared, 'data/deps/population/population.csv')),
  '/atlas-deps.html': atlasDeps(values),
  '/atlas-communes.html': atlasCommunes(HOVERS),
  '/atlas-communes-29.html': atlasCommunesOf('29', '22'),
  '/d3-communes.html': d3Communes(),
}
if (BASELINE) {
  Object.assign(files, tree(join(BASELINE, 'geo'), '/base/geo/'), tree(join(BASELINE, 'registry'), '/base/registry/'))
  files['/atlas-base.js'] = await pageBundle(BASELINE)
  files['/base-deps.html'] = atlasDeps(values, '/atlas-base.js', '/base/')
  files['/base-communes.html'] = atlasCommunes(HOVERS, '/atlas-base.js', '/base/')
  files['/base-communes-29.html'] = atlasCommunesOf('29', '22', '/atlas-base.js', '/base/')
}
const server = await serve(files)
const browser = await launch()
const run = (path, shot) => load(browser, server.origin, path, { timeout: 240_000, viewport: { width: 1000, height: 900 }, shot })

const results = { deps: [], communes: [], d3: [], dep29: [], baseDeps: [], baseCommunes: [], baseDep29: [] }
for (let i = 0; i < RUNS; i++) {
  const last = i === RUNS - 1
  // Interleaved and rotated, so that the machine's noise falls on both sides of each ratio.
  const steps = [
    () => run('/atlas-deps.html', last && join(shots, 'departements.png')).then((r) => results.deps.push(r)),
    () => run('/atlas-communes.html', last && join(shots, 'communes.png')).then((r) => results.communes.push(r)),
    () => run('/d3-communes.html', last && join(shots, 'd3-communes.png')).then((r) => results.d3.push(r)),
    () => run('/atlas-communes-29.html', last && join(shots, 'communes-29.png')).then((r) => results.dep29.push(r)),
    ...(BASELINE
      ? [
          () => run('/base-deps.html', last && join(shots, 'departements-before.png')).then((r) => results.baseDeps.push(r)),
          () => run('/base-communes.html', last && join(shots, 'communes-before.png')).then((r) => results.baseCommunes.push(r)),
          () => run('/base-communes-29.html', last && join(shots, 'communes-29-before.png')).then((r) => results.baseDep29.push(r)),
        ]
      : []),
  ]
  for (let j = 0; j < steps.length; j++) await steps[(i + j) % steps.length]()
  process.stderr.write(`run ${i + 1}/${RUNS}: communes ${ms(results.communes.at(-1).fromGeometry)}, d3 ${ms(results.d3.at(-1).fromGeometry)}${BASELINE ? `, before ${ms(results.baseCommunes.at(-1).fromGeometry)}` : ''}\n`)
}
const where = machine(browser)
await browser.close()
await server.close()

const med = (list, f) => median(list.map(f))
const q = (list, key, p) => quantile(list.flatMap((r) => r[key]), p)
const one = (n) => `${n.toFixed(1)} ms`
const d3Floor = med(results.d3, (r) => r.fromGeometry)
const measures = [
  ['Départements (101, SVG): data ready → painted', (rs) => med(rs, (r) => r.fromData), ms],
  ['Départements: navigation → painted (page bundle + france.topo.json)', (rs) => med(rs, (r) => r.painted), ms],
  ['Communes of one département, first map of the page (Côtes-d’Armor, SVG): data ready → painted', (rs) => med(rs, (r) => r.fromData), ms],
  ['Communes of one département, first map of the page: geometry received → painted', (rs) => med(rs, (r) => r.firstFromGeometry), ms],
  ['Communes of one département, the next one (Finistère): geometry received → painted (aim < 100 ms)', (rs) => med(rs, (r) => r.fromGeometry), ms],
  ['Communes of France (canvas): data ready → painted', (rs) => med(rs, (r) => r.fromData), ms],
  ['Communes of France: geometry received → painted', (rs) => med(rs, (r) => r.fromGeometry), ms],
  ['Communes of France: new classes → repainted (geometry kept)', (rs) => med(rs, (r) => r.restyle), ms],
  ['Communes of France: first hover (builds the pick index)', (rs) => med(rs, (r) => r.first), ms],
  ['Communes of France: hover → frame showing the outline, p50', (rs) => q(rs, 'latencies', 0.5), one],
  ['Communes of France: hover → frame showing the outline, p95', (rs) => q(rs, 'latencies', 0.95), one],
  ['Communes of France: hover handling (pick + Preact update + overlay draw), p95', (rs) => q(rs, 'work', 0.95), one],
  ['Communes of France: the same loop without a move (frame clock), p50', (rs) => q(rs, 'idle', 0.5), one],
  ['Communes of France: the same loop without a move (frame clock), p95', (rs) => q(rs, 'idle', 0.95), one],
  ['Communes of France: hovers at any point of a frame, outline painted in the next frame (aim: all)', (rs) => rs.reduce((s, r) => s + r.nextFrame, 0) / rs.reduce((s, r) => s + r.nextFrame + r.missed, 0), (f) => `${(100 * f).toFixed(1)} %`],
]
// Which pages a measure reads, after and before.
const pagesOf = (label) => (label.startsWith('Départements') ? ['deps', 'baseDeps'] : label.includes('one département') ? ['dep29', 'baseDep29'] : ['communes', 'baseCommunes'])
const rows = measures.map(([label, f, fmt]) => {
  const [now, then] = pagesOf(label)
  const after = f(results[now])
  const before = BASELINE ? f(results[then]) : undefined
  return `| ${label} | ${before === undefined ? '' : fmt(before)} | ${fmt(after)} | ${before === undefined ? '' : `${(before / after).toFixed(2)}×`} |`
})
const communesGeo = med(results.communes, (r) => r.fromGeometry)
const baseGeo = BASELINE ? med(results.baseCommunes, (r) => r.fromGeometry) : undefined
const table = [
  '| measure | before (--baseline) | after | before / after |',
  '|---|---|---|---|',
  ...rows,
  `| Bare d3-geo canvas drawing of communes.topo.json: geometry received → painted (the floor) |  | ${ms(d3Floor)} |  |`,
  `| Communes: geometry received → painted / d3 floor (aim ≤ 0.5×) | ${baseGeo === undefined ? '' : `${(baseGeo / d3Floor).toFixed(2)}×`} | ${(communesGeo / d3Floor).toFixed(2)}× |  |`,
  `| Hover moves measured |  | ${results.communes.reduce((s, r) => s + r.latencies.length, 0)} |  |`,
  `| Page bundle (gzip) | ${BASELINE ? kb(gz(files['/atlas-base.js'])) : ''} | ${kb(gz(files['/atlas.js']))} |  |`,
].join('\n')
const section = `## Map

\`node scripts/bench-map.mjs ${argv.filter((a) => a !== '--write').join(' ')} --write\` (after \`npm run build\`): ${where}.
Median of ${RUNS} runs, each page in a fresh browser context, pages served from 127.0.0.1 with \`no-store\`,
the pages interleaved and rotated. "Painted" is the map's \`onReady\` followed by two animation frames;
"geometry received" the \`responseEnd\` of the last geometry file. The floor page draws the same
\`communes.topo.json\` with d3-geo alone (see \`d3Communes\` in scripts/bench/pages.mjs). Hover: from the
\`pointermove\` to the animation frame after the overlay shows the new outline (60 Hz frames included);
each such hover starts just after a frame, so it is never under the frame clock's own interval, measured
by the same loop without a move. "Painted in the next frame": hovers at any point of a frame, and whether
the first animation frame after the move already sees the new outline (the frame renders after it).

${table}
`
console.log(section)
console.log(`screenshots: ${shots}`)
if (flag('write')) {
  const file = join(root, 'BENCHMARKS.md')
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('\n## Map\n')
  const end = start < 0 ? -1 : text.indexOf('\n## ', start + 8)
  const next = start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start + 1)}${section}${end < 0 ? '' : text.slice(end)}`
  writeFileSync(file, next)
}


// DSFR Chart's <map-chart> against atlas-culture's <atlas-map>, side by side in the same Chromium run, on the
// same 101 département values (share of the workforce in cultural sectors, Insee 2019): time from navigation
// start to painted map, from JS received to painted, JS bytes transferred, and gzip sizes.
//   node scripts/bench-dsfr.mjs [--runs 9] [--shots DIR] [--baseline DIR] [--floor] [--write]
// --floor adds two pages to the rotation: the drawn map as static HTML (a declarative shadow root, no code:
// navigation and the first frame) and the loader with the CSV, geometry and chunk fetched and nothing drawn
// (the request chain); and prints atlas-map's request waterfall (medians) and every page's painted time.
// Needs a built dist/ (npm run build): dist/atlas-culture.min.js and the map's national geometry are read once
// at start (a snapshot, so a rebuild during the run does not mix versions). Pages are served from 127.0.0.1
// only, with `no-store`; each run is a fresh browser context; the two pages alternate (AB, BA, AB, …) after
// one untimed warm-up each. --write puts the section "## Map against DSFR Chart" into BENCHMARKS.md, after
// the "## Map" section. Screenshots of both maps go to --shots (default: a temporary folder, printed).
import { existsSync } from 'node:fs'
import { pageFiles } from './size-budgets.mjs'
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cli, gz, kb, launch, load, machine, median, ms, serve } from './bench/harness.mjs'
import { atlasPage, dsfrPage, fetchedPage, staticPage } from './bench/pages.mjs'
import { departementValues } from './bench/values.mjs'

const { flag, option } = cli()
const RUNS = Math.max(1, option('runs', 9))
const shots = option('shots', mkdtempSync(join(tmpdir(), 'bench-dsfr-shots-')))
mkdirSync(shots, { recursive: true })
const root = fileURLToPath(new URL('..', import.meta.url))
const dsfrDir = join(root, 'node_modules/@gouvfr/dsfr-chart/dist/MapChart/')
const dsfrVersion = JSON.parse(readFileSync(join(root, 'node_modules/@gouvfr/dsfr-chart/package.json'), 'utf8')).version
// --dist DIR: another build's dist/ (its atlas-culture.min.js and geometry), e.g. the build before a change.
const dist = option('dist', join(root, 'dist'))

const { values, national, label, year } = departementValues()
const valuesCsv = Buffer.from(`code,value\n${Object.entries(values).map(([c, v]) => `${c},${v}`).join('\n')}\n`)

// The loader and the parts a map page fetches beside it (atlas-culture.parts.json); a build from
// before loading by parts has the single file only.
const mapFiles = (dir) => (existsSync(join(dir, 'atlas-culture.parts.json')) ? pageFiles(['src/embed/atlas-map.tsx'], dir) : ['atlas-culture.min.js'])
// The national file the build's map reads: pre-projected since 2026-12-03, TopoJSON in longitude and latitude before.
const mapGeometry = (dir) => ['geo/france.xy.bin', 'geo/france.xy.json'].find((f) => existsSync(join(dir, f))) ?? 'geo/france.topo.json'
const mapPage = (dir, prefix) => Object.fromEntries(mapFiles(dir).map((f) => [`${prefix}${f}`, readFileSync(join(dir, f))]))
const files = {
  ...mapPage(dist, '/dist/'),
  [`/dist/${mapGeometry(dist)}`]: readFileSync(join(dist, mapGeometry(dist))),
  '/dsfr/MapChart.js': readFileSync(join(dsfrDir, 'MapChart.js')),
  '/dsfr/MapChart.css': readFileSync(join(dsfrDir, 'MapChart.css')),
  '/data/deps.csv': valuesCsv,
  '/atlas.html': Buffer.from(atlasPage({ csv: '/data/deps.csv', label, year, geo: `/dist/${mapGeometry(dist)}` })),
  '/dsfr.html': Buffer.from(dsfrPage({ values, national, label, year })),
}
// --baseline DIR: an earlier build's dist/ served under /base/ and timed in the same runs (before/after).
const BASELINE = option('baseline')
if (BASELINE) {
  Object.assign(files, mapPage(BASELINE, '/base/'))
  files[`/base/${mapGeometry(BASELINE)}`] = readFileSync(join(BASELINE, mapGeometry(BASELINE)))
  files['/base.html'] = Buffer.from(atlasPage({ csv: '/data/deps.csv', label, year, script: '/base/atlas-culture.min.js', geo: `/base/${mapGeometry(BASELINE)}` }))
}
const server = await serve(files)
const browser = await launch()

/** Loads `path` in a fresh context; its `window.result`, the bytes served, console problems. */
async function run(path, shot) {
  server.reset()
  const result = await load(browser, server.origin, path, { timeout: 60_000, shot })
  const bytes = (ext) => server.served().filter(([p]) => p.endsWith(ext)).reduce((s, [, n]) => s + n, 0)
  return { ...result, js: bytes('.js'), json: bytes('.json'), css: bytes('.css'), csv: bytes('.csv'), total: bytes('') }
}

const atlas = []
const dsfr = []
const base = []
const floors = { static: [], fetched: [] }
const FLOOR = flag('floor')
await run('/atlas.html')
await run('/dsfr.html')
if (BASELINE) await run('/base.html')
if (FLOOR) {
  // The drawn shadow root of this build's map, with its adopted stylesheets, for the static page.
  const snapshot = (page) => page.evaluate(() => {
    const root = document.querySelector('atlas-map').shadowRoot
    return { markup: root.innerHTML, css: root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n') }
  })
  const { snap } = await load(browser, server.origin, '/atlas.html', { after: async (page) => ({ snap: await snapshot(page) }) })
  files['/static.html'] = Buffer.from(staticPage(snap))
  const chunks = mapFiles(dist).filter((f) => f !== 'atlas-culture.min.js').map((f) => `/dist/${f}`)
  files['/fetched.html'] = Buffer.from(fetchedPage({ csv: '/data/deps.csv', chunks, geo: `/dist/${mapGeometry(dist)}` }))
  await run('/static.html')
  await run('/fetched.html')
}
for (let i = 0; i < RUNS; i++) {
  const last = i === RUNS - 1
  const steps = [
    () => run('/atlas.html', last && join(shots, 'atlas-map.png')).then((r) => atlas.push(r)),
    () => run('/dsfr.html', last && join(shots, 'dsfr-map-chart.png')).then((r) => dsfr.push(r)),
    ...(BASELINE ? [() => run('/base.html', last && join(shots, 'atlas-map-before.png')).then((r) => base.push(r))] : []),
    ...(FLOOR
      ? [
          () => run('/static.html', last && join(shots, 'atlas-map-static.png')).then((r) => floors.static.push(r)),
          () => run('/fetched.html').then((r) => floors.fetched.push(r)),
        ]
      : []),
  ]
  // Rotated each run, so that no page always follows the same one.
  for (let j = 0; j < steps.length; j++) await steps[(i + j) % steps.length]()
  process.stderr.write(`run ${i + 1}/${RUNS}: atlas ${ms(atlas.at(-1).painted)}, dsfr ${ms(dsfr.at(-1).painted)}${BASELINE ? `, before ${ms(base.at(-1).painted)}` : ''}\n`)
}
const where = machine(browser)
await browser.close()
await server.close()

const nav = { atlas: median(atlas.map((r) => r.painted)), dsfr: median(dsfr.map((r) => r.painted)) }
const fromJs = { atlas: median(atlas.map((r) => r.painted - r.jsEnd)), dsfr: median(dsfr.map((r) => r.painted - r.jsEnd)) }
const range = (rs, f) => `${Math.round(Math.min(...rs.map(f)))}–${Math.round(Math.max(...rs.map(f)))}`
const gzip = { atlas: mapFiles(dist).reduce((sum, f) => sum + gz(files[`/dist/${f}`]), 0), geo: gz(files[`/dist/${mapGeometry(dist)}`]), dsfr: gz(files['/dsfr/MapChart.js']), css: gz(files['/dsfr/MapChart.css']) }
const ratio = (x, y) => `${(x / y).toFixed(2)}×`
const rows = [
  ['Navigation start → painted', ms(nav.atlas), ms(nav.dsfr), ratio(nav.dsfr, nav.atlas), `ranges ${range(atlas, (r) => r.painted)} / ${range(dsfr, (r) => r.painted)} ms`],
  ['JS received (responseEnd) → painted', ms(fromJs.atlas), ms(fromJs.dsfr), ratio(fromJs.dsfr, fromJs.atlas), 'parse + run + data + draw, without the JS fetch'],
  ['Geometry received (national file responseEnd) → painted', ms(median(atlas.map((r) => r.painted - r.geoEnd))), 'n/a', '', 'atlas: TopoJSON decode (pre-projected since 2026-12-03), fit, classes, SVG; DSFR ships pre-projected SVG paths'],
  ['JS bytes transferred (uncompressed, as served)', kb(atlas[0].js), kb(dsfr[0].js), ratio(dsfr[0].js, atlas[0].js), 'atlas: atlas-culture.min.js; DSFR: MapChart.js'],
  ['JS gzip -9', kb(gzip.atlas), kb(gzip.dsfr), ratio(gzip.dsfr, gzip.atlas), ''],
  ['JS + geometry, gzip -9', kb(gzip.atlas + gzip.geo), kb(gzip.dsfr), ratio(gzip.dsfr, gzip.atlas + gzip.geo), 'atlas fetches its national geometry; DSFR has its geometry inside the JS'],
  ['All bytes of the page load', kb(atlas[0].total), kb(dsfr[0].total), ratio(dsfr[0].total, atlas[0].total), `atlas: HTML + JS + topo ${kb(atlas[0].json)} + CSV ${kb(atlas[0].csv)}; DSFR: HTML (data inline) + JS + CSS ${kb(dsfr[0].css)}`],
  ['Longest main-thread task before painted (Long Tasks API)', ms(median(atlas.map((r) => r.longest))), ms(median(dsfr.map((r) => r.longest))), '', `tasks over 50 ms: ${median(atlas.map((r) => r.longTasks))} / ${median(dsfr.map((r) => r.longTasks))}`],
  ['Total blocking time before painted', ms(median(atlas.map((r) => r.tbt))), ms(median(dsfr.map((r) => r.tbt))), '', 'sum of each long task beyond 50 ms'],
  ['Filled paths in the painted map', String(median(atlas.map((r) => r.paths))), String(median(dsfr.map((r) => r.paths))), '', `of ${atlas[0].allPaths} / ${dsfr[0].allPaths} paths`],
]
const table = ['| measure | atlas-map | DSFR map-chart | DSFR / atlas | note |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
// Before (--baseline) / after / DSFR, medians of the same interleaved runs.
const compare = (f) => [median(base.map(f)), median(atlas.map(f)), median(dsfr.map(f))]
const baseRows = BASELINE
  ? [
      ['Navigation start → painted', compare((r) => r.painted)],
      ['JS received → painted', compare((r) => r.painted - r.jsEnd)],
      // The loader asks for the geometry while the map's code loads (src/embed/prefetch.ts); before, the map asked once it ran.
      ['Geometry requested (national file startTime)', compare((r) => r.geoStart)],
      ['Longest task before painted', compare((r) => r.longest)],
      ['Total blocking time', compare((r) => r.tbt)],
    ].map(([what, [b, a, d]]) => `| ${what} | ${ms(b)} | ${ms(a)} | ${ms(d)} | ${d ? ratio(b, d) : ''} | ${d ? ratio(a, d) : ''} |`)
  : []
const baseTable = BASELINE
  ? `\nBefore / after in the same runs (\`--baseline ${BASELINE}\`, gzip ${kb(mapFiles(BASELINE).reduce((sum, f) => sum + gz(files[`/base/${f}`]), 0))} + geometry ${kb(gz(files[`/base/${mapGeometry(BASELINE)}`]))}), medians of ${RUNS}:\n\n| measure | atlas-map before | atlas-map after | DSFR map-chart | before / DSFR | after / DSFR |\n|---|---|---|---|---|---|\n${baseRows.join('\n')}\n`
  : ''
// The floors against atlas-map and DSFR (same runs), and atlas-map's waterfall: medians of each file's
// request start, first byte and end, then atlas-ready and painted.
let floorTable = ''
if (FLOOR) {
  const pages = [['static HTML of the drawn map (no code)', floors.static], ['loader + CSV + geometry + chunk fetched, nothing drawn', floors.fetched], ['atlas-map', atlas], ...(BASELINE ? [['atlas-map before', base]] : []), ['DSFR map-chart', dsfr]]
  const row = ([what, rs]) => `| ${what} | ${ms(median(rs.map((r) => r.painted)))} | ${range(rs, (r) => r.painted)} | ${ratio(median(rs.map((r) => r.painted)), nav.dsfr)} | ${ms(median(rs.map((r) => r.longest)))} |`
  const paths = [...new Set(atlas.flatMap((r) => r.requests.map(([p]) => p)))].filter((p) => p !== '/favicon.ico')
  const at = (p, i) => ms(median(atlas.map((r) => r.requests.find(([q]) => q === p)?.[i]).filter((x) => x !== undefined)))
  floorTable = `\nFloors (\`--floor\`), same runs, medians of ${RUNS}:\n\n| page | navigation → painted | range | / DSFR | longest task |\n|---|---|---|---|---|\n${pages.map(row).join('\n')}\n
atlas-map's waterfall (ms from navigation start, medians of ${RUNS}; the HTML's own request is navigation):\n\n| file | requested | first byte | received |\n|---|---|---|---|\n${paths.map((p) => `| ${p} | ${at(p, 1)} | ${at(p, 2)} | ${at(p, 3)} |`).join('\n')}\n| atlas-ready | | | ${ms(median(atlas.map((r) => r.ready)))} |\n| painted (two frames after) | | | ${ms(nav.atlas)} |\n`
}
const problems = [...new Set([...atlas, ...dsfr, ...base].flatMap((r) => r.problems))]
const external = [...new Set([...atlas, ...dsfr].flatMap((r) => r.external))]
const section = `## Map against DSFR Chart

\`node scripts/bench-dsfr.mjs --runs ${RUNS}${option('dist') ? ` --dist ${option('dist')}` : ''} --write\` (after \`npm run build\`): ${where}. Same Chromium
run, the two pages alternating (AB, BA, …) after one untimed warm-up each, a fresh browser context per load,
pages served from 127.0.0.1 with \`no-store\` (any other request is aborted: ${external.length ? `${external.length} were` : 'none was made'}); median of ${RUNS}.
Both draw the same 101 values (actifs des secteurs culturels / total des actifs × 100, rounded to 0.1):
atlas-culture's \`<atlas-map>\` from \`dist/atlas-culture.min.js\` (built ${statSync(join(dist, 'atlas-culture.min.js')).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC; it fetches a two-column CSV of those values
and \`dist/${mapGeometry(dist)}\`), and \`<map-chart>\` of \`@gouvfr/dsfr-chart\` ${dsfrVersion} (\`dist/MapChart/MapChart.js\`
as an ES module + \`MapChart.css\`, the values inline in its \`data\` attribute). "Painted" is \`atlas-ready\` for
atlas-map and, for map-chart, ≥ 100 paths with a \`fill\` in its shadow root (a MutationObserver), each followed
by two animation frames; times are \`performance.now()\`, i.e. from navigation start.

${table}
${baseTable}${floorTable}
So in this run atlas-map takes ${(nav.atlas / nav.dsfr).toFixed(1)}× DSFR's time to a painted map (${(fromJs.atlas / fromJs.dsfr).toFixed(1)}× once the JS is in), while DSFR
ships ${(gzip.dsfr / gzip.atlas).toFixed(1)}× the JS (${(gzip.dsfr / (gzip.atlas + gzip.geo)).toFixed(1)}× JS + geometry, gzip). Most of the gap comes after the fetches: once its geometry has arrived atlas-map
still needs ${ms(median(atlas.map((r) => r.painted - r.geoEnd)))} (median; TopoJSON decode, projection of the mainland and insets, classes, legend,
Preact render: not split here), where map-chart only sets the \`fill\` of SVG paths drawn in advance on a
linear two-colour scale (no classes, no legend counts, no download or table controls). The screenshots of both pages were checked: both
show the 101 départements filled (DSFR with the overseas départements under the mainland, unstyled).

What DSFR's map-chart needed (the "did not paint in 15 s" of the Map section): nothing — it paints offline
(Vue 3.5, geometry and palette inside MapChart.js, no request besides its own files). It renders into an
**open shadow root**: \`MapChart.js\` calls \`customElements.define('map-chart', C, { shadowRoot: false })\`, and that
third argument is the DOM's \`ElementDefinitionOptions\`, not Vue's \`defineCustomElement(…, { shadowRoot: false })\`,
so Vue keeps its default shadow root. A document-level \`svg path\` query (the Map section's page) finds no path.
Side effects: \`MapChart.css\` and the DSFR core CSS of a host page do not reach the map (the screenshot shows
the map unstyled: info panel stacked above the map, DROM below, system font); the DSFR core
(\`@gouvfr/dsfr\`, which its README asks hosts to load) was not installed and is not needed to draw. The
\`date\` attribute is required (Vue warns without it); an \`id\` on the element draws a Vue "extraneous
non-props attributes" warning (the Teleport root), harmless.${problems.length ? `\nConsole messages seen: ${problems.map((p) => p.replace(/\|/g, '/').slice(0, 200)).join(' ; ')}.` : ''}
`
console.log(section)
console.log(`screenshots: ${shots}`)
if (server.unknown.size) console.log(`404: ${[...server.unknown].join(', ')}`)
if (flag('write')) {
  const file = join(root, 'BENCHMARKS.md')
  const text = readFileSync(file, 'utf8')
  const mine = text.indexOf('\n## Map against DSFR Chart\n')
  let next
  if (mine >= 0) {
    const end = text.indexOf('\n## ', mine + 5)
    next = `${text.slice(0, mine + 1)}${section}${end < 0 ? '' : text.slice(end)}`
  } else {
    const map = text.indexOf('\n## Map\n')
    const end = map < 0 ? -1 : text.indexOf('\n## ', map + 8)
    next = end < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, end + 1)}${section}${text.slice(end)}`
  }
  writeFileSync(file, next)
}

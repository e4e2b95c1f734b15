// Ranking and comparison-table benchmarks in Chromium (issues #11 and #12):
//  - render of RankingChart with 101 département bars, and of a commune ranking (top 10 and bottom 5 of
//    ~35,000), as ratios to ChoroplethMap's render of the same 101 départements in the same run;
//  - ComparisonTable of every commune: click on a column's sort button → sorted rows painted, and its ratio
//    to Array.prototype.sort of the same numbers in the same page.
//   node scripts/bench-widgets.mjs [--runs 7] [--clicks 6] [--write]      (or: npm run bench -- widgets …)
// Needs a built dist/ (npm run build). --write replaces the "## Ranking and table" section of BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pageBundle, tree } from './bench/bundle.mjs'
import { cli, gz, kb, launch, load, machine, median, ms, serve } from './bench/harness.mjs'
import { departementValues, shared } from './bench/values.mjs'
import { tableSort, widgetRender } from './bench/widget-pages.mjs'

const { argv, flag, option } = cli()
const RUNS = option('runs', 7)
const CLICKS = option('clicks', 6)
const root = fileURLToPath(new URL('..', import.meta.url))

const { values } = departementValues()
const files = {
  ...tree(join(root, 'dist/geo'), '/dist/geo/'),
  ...tree(join(root, 'dist/registry'), '/dist/registry/'),
  '/widgets.js': await pageBundle(root, 'scripts/bench/widgets-entry.js', join(root, 'dist')),
  '/data/population.csv': readFileSync(join(shared, 'data/deps/population/population.csv')),
  '/map.html': widgetRender('map', values),
  '/ranking-deps.html': widgetRender('ranking-deps', values),
  '/ranking-communes.html': widgetRender('ranking-communes', values),
  '/sort.html': tableSort(CLICKS, false),
  '/sort-array-first.html': tableSort(CLICKS, true),
}
const server = await serve(files)
const browser = await launch()
const run = (path) => load(browser, server.origin, path, { timeout: 240_000, viewport: { width: 1100, height: 900 } })

const results = { map: [], deps: [], communes: [], sort: [] }
for (let i = 0; i < RUNS; i++) {
  // Interleaved and rotated: the machine's noise falls on both sides of each ratio.
  const steps = [
    () => run('/map.html').then((r) => results.map.push(r)),
    () => run('/ranking-deps.html').then((r) => results.deps.push(r)),
    () => run('/ranking-communes.html').then((r) => results.communes.push(r)),
    () => run(i % 2 ? '/sort-array-first.html' : '/sort.html').then((r) => results.sort.push(r)),
  ]
  for (let j = 0; j < steps.length; j++) await steps[(i + j) % steps.length]()
  const s = results.sort.at(-1).results
  process.stderr.write(`run ${i + 1}/${RUNS}: map ${ms(results.map.at(-1).render)}, 101 bars ${ms(results.deps.at(-1).render)}, communes ${ms(results.communes.at(-1).render)}, sort ${s.map((r) => ms(r.click)).join(' ')}\n`)
}
const where = machine(browser)
await browser.close()
await server.close()

// The raw measures, for a second look: printed before the checks.
console.error(JSON.stringify({ map: results.map, deps: results.deps, communes: results.communes, sort: results.sort.map(({ results: r, ...rest }) => ({ ...rest, clicks: r })) }))
// Checks that the pages drew what they claim (else the times mean nothing).
const check = (ok, what) => {
  if (!ok) throw new Error(`bench-widgets: ${what}`)
}
check(results.map.every((r) => r.shapes >= 101), 'the map did not draw 101 départements')
check(results.deps.every((r) => r.bars === 101), 'the ranking did not draw 101 bars')
check(results.communes.every((r) => r.bars === 15 && r.rows > 34_000), 'the commune ranking did not draw its top 10 and bottom 5 of all communes')
check(results.sort.every((r) => r.rows > 34_000 && r.domRows <= 100), 'the table did not virtualise ~35,000 communes')
// After a descending click the first row shows the largest number, after an ascending one the smallest.
check(results.sort.every((r) => r.results.every((c) => Number(c.first?.replace(/\D/g, '')) === (c.direction === 'descending' ? r.max : r.min))), 'a sort did not put the largest (smallest) value first')

const med = (list, f) => median(list.map(f))
const mapRender = med(results.map, (r) => r.render)
const mapRerender = med(results.map, (r) => r.rerender)
const depsRender = med(results.deps, (r) => r.render)
const communesRender = med(results.communes, (r) => r.render)
// Per click: its time over Array.prototype.sort's of the same numbers in the same page; medians over every click of every run.
const clicks = results.sort.flatMap((r) => r.results)
const firstClicks = results.sort.map((r) => r.results[0])
const clickMed = median(clicks.map((c) => c.click))
const arrayMed = median(clicks.map((c) => c.array))
const ratio = median(clicks.map((c) => c.click / c.array))
const x = (n) => `${n.toFixed(2)}×`
const table = [
  '| measure | median | ratio |',
  '|---|---|---|',
  `| ChoroplethMap, 101 départements (SVG): render → painted (fetches france.topo.json) | ${ms(mapRender)} | 1 (the reference) |`,
  `| ChoroplethMap, the same map re-rendered with 7 classes (geometry kept) | ${ms(mapRerender)} | ${x(mapRerender / mapRender)} |`,
  `| RankingChart, 101 département bars (\`limit="all"\`): render → painted | ${ms(depsRender)} | ${x(depsRender / mapRender)} of the map's render, ${x(depsRender / mapRerender)} of its re-render |`,
  `| RankingChart, communes: top 10 and bottom 5 of ${results.communes[0].rows.toLocaleString('en')} (registry loaded before): render → painted | ${ms(communesRender)} | ${x(communesRender / mapRender)} of the map's render, ${x(communesRender / mapRerender)} of its re-render |`,
  `| ComparisonTable, ${results.sort[0].rows.toLocaleString('en')} communes: click on a sort button → sorted rows painted, every click (aim ≤ 100 ms) | ${ms(clickMed)} |  |`,
  `| the same, first click of each page (descending) | ${ms(median(firstClicks.map((c) => c.click)))} |  |`,
  `| \`Array.prototype.sort\` of the same ${results.sort[0].values.toLocaleString('en')} numbers, same page, same direction | ${(arrayMed).toFixed(1)} ms |  |`,
  `| click → painted / \`Array.prototype.sort\` (median of each click's ratio) |  | ${x(ratio)} |`,
  `| Page bundle (gzip): map, ranking, table and adapters |  ${kb(gz(files['/widgets.js']))} |  |`,
].join('\n')
const section = `## Ranking and table

\`node scripts/bench-widgets.mjs ${argv.filter((a) => a !== '--write').join(' ')} --write\` (or \`npm run bench -- widgets\`, after \`npm run build\`): ${where}.
Median of ${RUNS} runs, each page in a fresh browser context, served from 127.0.0.1 with \`no-store\`, the
pages interleaved and rotated (scripts/bench/widget-pages.mjs). Each widget is rendered once its data is
loaded; "painted" is its \`onReady\` followed by two animation frames. The table: ${CLICKS} clicks per page on the
population column's sort button, descending and ascending alternately, from the click to two frames after
the header's \`aria-sort\` changed; \`Array.prototype.sort\` of the column's numbers timed in the same page,
before the click in half of the runs and after it in the other half.

${table}
`
console.log(section)
if (flag('write')) {
  const file = join(root, 'BENCHMARKS.md')
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('\n## Ranking and table\n')
  const end = start < 0 ? -1 : text.indexOf('\n## ', start + 8)
  const next = start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start + 1)}${section}${end < 0 ? '' : text.slice(end)}`
  writeFileSync(file, next)
}

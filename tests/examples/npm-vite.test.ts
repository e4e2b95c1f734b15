// @vitest-environment node
// examples/npm-vite as a user builds it: the packed package installed offline into a copy of the
// example, `npm run build` (tsc strict with skipLibCheck: false, then vite build), the output served
// by a production-like server (unknown paths answer index.html, strict CSP) with the Deps data read
// in place from ../shared, and both maps painted in Chromium.
import { createReadStream, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { consumer, pack, repo, sh } from '../support/packed.js'

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.css': 'text/css' }

let app: string
let tarball: string
let server: Server | undefined
let browser: Browser | undefined
beforeAll(async () => {
  tarball = await pack()
  app = await consumer(tarball, ['preact', 'vite', 'typescript'], join(repo, 'examples/npm-vite'))
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await new Promise((done) => (server ? server.close(done) : done(undefined)))
  for (const dir of [app, tarball && join(tarball, '..')]) if (dir) rmSync(dir, { recursive: true, force: true })
})

/** `dist/` of the app at `/`, the reference data at `/data/`; anything else gets index.html, as single-page hosts do. */
function serve(dist: string, data: string): Promise<string> {
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    const [root, rest] = path.startsWith('/data/') ? [data, path.slice(6)] : [dist, path.slice(1)]
    let file = normalize(join(root, rest))
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error()
    } catch {
      file = join(dist, 'index.html')
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok) => server!.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`)))
}

it('type-checks strictly and builds, the geometry emitted into the application', async () => {
  await sh(app, 'npm', ['run', 'build', '--silent'])
  const assets = readdirSync(join(app, 'dist/assets'))
  expect(assets.filter((f) => /^france\.topo-.+\.json$/.test(f))).toHaveLength(1)
  expect(assets.filter((f) => /^france\.xy-.+\.bin$/.test(f))).toHaveLength(1)
  // One file per département's communes for loadGeometry, and the map's pre-projected (binary) files of each
  // département's and region's communes and EPCI, loaded on demand: emitted, or
  // inlined as a data: URL when small (Vite: under 4 KB, Paris), which the library reads without fetch.
  // Rollup emits identical files once: an overseas region's files are its one département's.
  const emitted = assets.filter((f) => /^\d[\dAB]\d?\.(topo-.+\.json|xy-.+\.bin)$/.test(f)).length
  const code = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n')
  // Identical files inlined by two imports (an overseas region's and its département's, now that the binary
  // files are small enough to inline) are one content: counted once, as the emitted ones.
  const inlined = new Set(code.match(/data:application\/(json|octet-stream);base64,[\w+/=]+/g)).size
  const shipped = ['communes', 'communes/regions', 'epci', 'epci/regions'].flatMap((d) =>
    readdirSync(join(repo, 'dist/geo', d))
      .filter((f) => f.endsWith('.topo.json') || f.endsWith('.xy.bin'))
      .map((f) => readFileSync(join(repo, 'dist/geo', d, f), 'base64')),
  )
  expect(shipped.length).toBe(101 + 2 * (101 + 18))
  expect(emitted + inlined).toBe(new Set(shipped).size)
}, 240_000)

it('paints the départements and the communes of Finistère in Chromium, under the strict CSP', async () => {
  const base = await serve(join(app, 'dist'), resolve(repo, '../shared/data'))
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const page = await browser.newPage({ viewport: { width: 900, height: 1400 } })
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  await page.goto(base)
  await page.waitForSelector('#departements[data-ready] .atlas-map__shapes path[data-code]')
  await page.waitForSelector('#communes[data-ready] .atlas-map__shapes path[data-code]')
  const painted = (id: string) =>
    page.$$eval(`#${id} .atlas-map__shapes path[data-code]`, (paths) => ({ shapes: paths.length, coloured: paths.filter((p) => /^(rgb|#)/.test(getComputedStyle(p).fill)).length }))
  const finistere = JSON.parse(readFileSync(join(repo, 'dist/geo/communes/29.topo.json'), 'utf8')) as { objects: Record<string, { geometries: unknown[] }> }
  const communes = Object.values(finistere.objects)[0]!.geometries.length
  const deps = await painted('departements')
  const com = await painted('communes')
  expect(deps.shapes).toBe(101)
  expect(deps.coloured).toBeGreaterThan(95)
  expect(com.shapes).toBeGreaterThan(communes * 0.95)
  expect(com.shapes).toBeLessThanOrEqual(communes)
  expect(com.coloured).toBeGreaterThan(com.shapes * 0.9)
  await page.screenshot({ path: join(repo, 'tests/__screenshots__/examples-npm-vite.png'), fullPage: true })
  expect(problems).toEqual([])
}, 120_000)

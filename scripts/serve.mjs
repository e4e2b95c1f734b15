// Serves the examples: the atlas site (examples/atlas-site/, built by scripts/build-site.mjs) at /site/,
// examples/ at /, the built package at /dist/, and the Deps data read in place from ../shared at
// /data/ (never copied into the repo). Localhost only.
import { createServer } from 'node:http'
import { createReadStream, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const mounts = [
  ['/dist/', join(repo, 'dist')],
  ['/data/', resolve(repo, '../shared/data')],
  ['/site/', join(repo, 'examples/atlas-site/dist')],
  ['/', join(repo, 'examples')],
]
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.bin': 'application/octet-stream', '.csv': 'text/csv; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff' }
// The strict policy the embed must work under; every example page is served with it.
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"

// The atlas site, an npm consumer of the package, may also load its own fonts.
export const SITE_CSP = `${CSP}; font-src 'self'`

// The site's home page: the atlas site; `/` is the geometry demo, `/atlas/` the script-tag page.
export const HOME = '/site/'

// The icon a browser asks for by itself on every page: the site's (served as SVG), not a 404 in the console.
const FAVICON = join(repo, 'examples/atlas-site/public/favicon.svg')

export function resolvePath(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0])
  if (path === '/favicon.ico') return FAVICON
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue
    const file = normalize(join(dir, path.slice(prefix.length)))
    if (!file.startsWith(dir)) return undefined
    try {
      const st = statSync(file)
      return st.isDirectory() ? join(file, 'index.html') : file
    } catch {
      return undefined
    }
  }
  return undefined
}

export function startServer(port = Number(process.env.PORT ?? 8080), host = '127.0.0.1') {
  const server = createServer((req, res) => {
    const file = resolvePath(req.url ?? '/')
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': (req.url ?? '').startsWith('/site/') ? SITE_CSP : CSP, 'x-content-type-options': 'nosniff' })
    createReadStream(file).on('error', () => res.end()).pipe(res)
  })
  return new Promise((ok) => server.listen(port, host, () => ok(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer()
  const { port } = server.address()
  console.log(`Atlas Culture example site: http://localhost:${port}${HOME}`)
  if (!resolvePath(HOME)) console.log('(the site is not built: run node scripts/build-site.mjs, or npm start)')
}

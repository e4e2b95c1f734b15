// Builds the atlas site (examples/atlas-site/) as an npm user of the package would: `npm pack` of the
// built checkout, the tarball unpacked into the site's node_modules/atlas-culture (what `npm install
// <tarball>` puts there; the package's own dependencies resolve from the checkout's node_modules, at
// the versions its package.json pins), then `vite build` into examples/atlas-site/dist/.
// So the site can only use what the package publishes: its exports, types, geometry and registry files.
// Run after `npm run build`; `npm start` and `npm test` do both.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
export const SITE = join(repo, 'examples/atlas-site')
/** The site's pages, each an HTML entry of the build (written from one template), with its title before scripts run. */
export const PAGE_TITLES = {
  index: 'Atlas Culture — les territoires de la culture',
  explorateur: 'Explorateur — Atlas Culture',
  portrait: 'Portrait — Atlas Culture',
  sources: 'Sources et méthodes — Atlas Culture',
}
export const PAGES = Object.keys(PAGE_TITLES)
/** Where `scripts/serve.mjs` mounts the built site. */
export const BASE = '/site/'

/** `npm pack` of the checkout, unpacked as node_modules/atlas-culture of the site. */
export function installPacked() {
  if (!existsSync(join(repo, 'dist/index.d.ts'))) throw new Error('dist/ is not built: run npm run build first')
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-site-pack-'))
  try {
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', tmp], { cwd: repo, encoding: 'utf8' }).trim().split('\n').at(-1)
    const target = join(SITE, 'node_modules/atlas-culture')
    rmSync(target, { recursive: true, force: true })
    mkdirSync(target, { recursive: true })
    execFileSync('tar', ['-xzf', join(tmp, name), '-C', target, '--strip-components=1'])
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** Fails the build if a module of the checkout itself (src/, dist/, data-adapters/) gets in: only the unpacked package may. */
export function onlyThePackage() {
  const own = ['src', 'dist', 'data-adapters'].map((d) => join(repo, d) + '/')
  return {
    name: 'atlas-site-only-the-package',
    load(id) {
      if (own.some((dir) => id.startsWith(dir))) throw new Error(`${id}: the site imports the checkout, not the packed package`)
      return null
    },
  }
}

/** The HTML of each page: `lang`, the skip link, the favicon, and the page's script (src/pages/<page>.tsx). */
export function writePages() {
  for (const [page, title] of Object.entries(PAGE_TITLES)) {
    writeFileSync(
      join(SITE, `${page}.html`),
      `<!doctype html>
<html lang="fr" data-fr-scheme="system">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <script type="module" src="./src/pages/${page}.tsx"></script>
</head>
<body>
  <a class="skip" href="#contenu">Aller au contenu</a>
  <div id="app"></div>
</body>
</html>
`,
    )
  }
}

export async function buildSite() {
  installPacked()
  writePages()
  const { build } = await import('vite')
  await build({
    root: SITE,
    base: BASE,
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [onlyThePackage()],
    build: {
      outDir: join(SITE, 'dist'),
      emptyOutDir: true,
      // Every asset a file of its own (no data: URL in a script): the CSP's img-src and connect-src stay 'self'.
      assetsInlineLimit: 0,
      rolldownOptions: { input: Object.fromEntries(PAGES.map((p) => [p, join(SITE, `${p}.html`)])), checks: { pluginTimings: false } },
    },
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const start = Date.now()
  await buildSite()
  console.log(`atlas site built in ${((Date.now() - start) / 1000).toFixed(1)} s: examples/atlas-site/dist/`)
}

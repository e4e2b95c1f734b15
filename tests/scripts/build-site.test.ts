// @vitest-environment node
// scripts/build-site.mjs: the atlas site is built from the packed package only (npm test builds it
// before the tests run): public entries, no deep import, no module of the checkout, the packed types.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, it } from 'vitest'
import { repo, sh } from '../support/packed.js'

const site = join(repo, 'examples/atlas-site')
const script = (await import(/* @vite-ignore */ pathToFileURL(join(repo, 'scripts/build-site.mjs')).href)) as {
  PAGES: string[]
  BASE: string
  onlyThePackage: () => { load: (id: string) => null }
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []))
}

it('builds the four pages, served under /site/', () => {
  expect(script.BASE).toBe('/site/')
  expect(script.PAGES).toEqual(['index', 'explorateur', 'portrait', 'sources'])
  for (const page of script.PAGES) expect(existsSync(join(site, 'dist', `${page}.html`)), page).toBe(true)
})

it('imports only the public entries of the package (and preact), never a file inside it', () => {
  const bare = new Set<string>()
  for (const file of sources(join(site, 'src'))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/\bfrom '([^']+)'|import '([^']+)'/g)) if (spec && !spec.startsWith('.')) bare.add(spec)
  }
  expect([...bare].sort()).toEqual(['atlas-culture', 'atlas-culture/data-adapters', 'preact', 'preact/hooks'])
})

it('refuses any module of the checkout itself in the build (src/, dist/, data-adapters/)', () => {
  const guard = script.onlyThePackage()
  for (const dir of ['src/index.ts', 'dist/index.js', 'data-adapters/index.ts']) expect(() => guard.load(join(repo, dir)), dir).toThrow('the site imports the checkout, not the packed package')
  expect(guard.load(join(site, 'node_modules/atlas-culture/dist/index.js'))).toBeNull()
})

it('uses the unpacked tarball: the published files only, and type-checks strictly against its types', async () => {
  const packed = join(site, 'node_modules/atlas-culture')
  expect(JSON.parse(readFileSync(join(packed, 'package.json'), 'utf8')).version).toBe(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version)
  expect(readdirSync(packed).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'package.json'])
  await sh(repo, process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(site, 'tsconfig.json')])
}, 120_000)

// @vitest-environment node
// package.json against the built package: the type declarations need nothing a consumer does not
// install, and a strict TypeScript consumer of the packed tarball (`skipLibCheck: false`) compiles
// the README's examples.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consumer, pack, repo, sh } from './support/packed.js'

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
const dist = join(repo, 'dist')
/** Package names imported by the files of dist/ ending with `ext` (static imports and exports). */
function importedPackages(ext: string): string[] {
  const names = new Set<string>()
  for (const file of readdirSync(dist).filter((f) => f.endsWith(ext) && !f.startsWith('atlas-culture.'))) {
    for (const [, spec] of readFileSync(join(dist, file), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"\n]*?(?:from\s*)?['"]([^'"]+)['"]/g))
      if (!spec!.startsWith('.')) names.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!)
  }
  return [...names].sort()
}

describe('package.json and dist/', () => {
  it('ships type declarations that import only runtime dependencies with their own types', () => {
    const typed = Object.keys(pkg.dependencies).filter((dep) => {
      const p = JSON.parse(readFileSync(join(repo, 'node_modules', dep, 'package.json'), 'utf8')) as { types?: string; typings?: string }
      return Boolean(p.types ?? p.typings)
    })
    expect(typed.length).toBeGreaterThan(0)
    for (const name of importedPackages('.d.ts')) expect(typed).toContain(name)
  })
})

// The README's examples, as a consumer writes them.
const readme = `
import { render } from 'preact'
import { ChoroplethMap, createSelectionStore, setAssetBase, type Cell, type ChoroplethMapProps } from 'atlas-culture'
import { fromCSV, fromJSON, fromRecords } from 'atlas-culture/data-adapters'
import 'atlas-culture/embed'

const signal = new AbortController().signal
const source = fromCSV({
  url: 'https://example.org/depenses-culturelles-des-departements.csv',
  level: 'departement', code: 'Code INSEE',
  filter: { Secteur: 'Archives' },
  value: 'Total', per: 'Population', scale: 1000,
  indicator: { label: 'Dépenses d’archives par habitant', unit: '€/hab.', source: 'Deps', year: '2019' },
})
const table = await source.load({ signal })
const cell: Cell | undefined = table.get('29')
const status: 'ok' | 'secret' | 'not-available' | 'not-applicable' | 'invalid' | undefined = cell?.status
const value: number | null | undefined = cell?.value
const unknown: readonly string[] = table.report.unknownCodes
console.log(status, value, unknown, table.report.matched)

fromJSON({ url: 'https://example.org/x.json', level: 'region', code: 'code', value: 'v' })
fromRecords([{ code: '29', v: 1 }], { level: 'departement', code: 'code', value: 'v', vintage: 2018 })

setAssetBase('/atlas/dist/')
const store = createSelectionStore()
const props: ChoroplethMapProps = { table, method: 'jenks', classes: 5, store }
render(<ChoroplethMap {...props} />, document.body)
const selected: string | null = store.selected.value
console.log(selected)

// The elements are typed by tag name once atlas-culture/embed is imported.
const map = document.querySelector('atlas-map')
const state: Promise<'idle' | 'loading' | 'ready' | 'error'> | undefined = map?.settled
console.log(state, document.createElement('atlas-map').state)
const bars = document.querySelector('atlas-ranking')
console.log(bars?.settled, document.createElement('atlas-ranking').state)

// Types the public props and elements refer to: each nameable from the root export (otherwise a
// consumer emitting declarations of its own gets TS2742), none a runtime value.
import type { ExportFormat, RendererChoice, Within } from 'atlas-culture'
const format: ExportFormat = 'csv'
const renderer: RendererChoice = 'canvas'
const within: Within = { level: 'departement', code: '29' }
console.log(format, renderer, within)
`

describe('a strict TypeScript consumer of the packed tarball', () => {
  let app: string
  let tarball: string
  beforeAll(async () => {
    tarball = await pack()
    app = await consumer(tarball, ['preact', 'typescript'], {
      'main.tsx': readme,
      'tsconfig.json': JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: false, jsx: 'react-jsx', jsxImportSource: 'preact', types: [], noEmit: true },
        files: ['main.tsx'],
      }),
    })
  }, 240_000)
  afterAll(() => {
    for (const dir of [app, tarball && join(tarball, '..')]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('type-checks the README examples with strict and skipLibCheck: false', async () => {
    await sh(app, join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'])
  }, 120_000)
})

// @vitest-environment node
// What the README tells users, checked against the repository and the package: file names, size
// budgets, the CSV export's header, the runtime dependencies.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { csvText } from '../src/components/shared/export/csv.js'

const repo = fileURLToPath(import.meta.url).replace(/tests\/readme\.test\.ts$/, '')
const readme = readFileSync(join(repo, 'README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> }

describe('README.md', () => {
  it('names files that exist (dist/ once built)', () => {
    const paths = [...readme.matchAll(/`((?:src|dist|examples|scripts|docs|tests)\/[^`<>*\s]*)`/g)].map((m) => m[1]!)
    expect(paths.length).toBeGreaterThan(5)
    for (const path of paths) expect(existsSync(join(repo, path)), path).toBe(true)
  })

  it('sends users to documentation that is in the package', () => {
    const reference = /Props and their defaults are documented in the package's `([^`]+)`/.exec(readme)?.[1]
    expect(reference).toBeDefined()
    expect(pkg.files.some((f) => reference === f || reference!.startsWith(`${f}/`))).toBe(true)
  })

  it('states the size budgets', () => {
    const script = readFileSync(join(repo, 'scripts/size-budgets.mjs'), 'utf8')
    for (const file of ['atlas-culture.min.js', 'atlas-culture.full.js']) {
      const budget = new RegExp(`'dist/${file.replace(/\./g, '\\.')}': (\\d+) \\* KB`).exec(script)?.[1]
      expect(budget, file).toBeDefined()
      expect(readme).toMatch(new RegExp(`\`${file.replace(/\./g, '\\.')}\`[^.]*?budget ${budget} KB|\`${file.replace(/\./g, '\\.')}\`[^.]*? under its ${budget} KB budget`))
    }
  })

  it("tells CMS editors that the script tag's parts read only the pre-projected files of geo/ (dist/ once built)", () => {
    expect(readme).toContain('Les éléments ne lisent dans `geo/` que les fichiers `*.xy.bin`')
    expect(readme).toContain('The elements read only the `*.xy.bin` files\nof `geo/`')
    const parts = readdirSync(join(repo, 'dist')).filter((f) => /^atlas-culture\..*\.js$/.test(f) && f !== 'atlas-culture.full.js')
    expect(parts.length).toBeGreaterThan(5)
    // Every file name a part can build: a literal name of a geometry file, whatever its folder.
    const names = parts.flatMap((f) => [...readFileSync(join(repo, 'dist', f), 'utf8').matchAll(/[\w./-]*\.(?:(?:topo|names|xy)\.json|xy\.bin)/g)].map((m) => m[0]))
    expect(names).toContain('geo/france.xy.bin')
    expect(names.filter((n) => !n.endsWith('.xy.bin'))).toEqual([])
  })

  it("gives the CSV export's header as the exporter writes it", () => {
    const header = (lang: 'fr' | 'en') => csvText([], { lang, unit: '%' }).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(lang === 'fr' ? ';' : ',')
    expect(header('fr')).toEqual(['code', 'nom', 'valeur (%)', 'statut'])
    expect(header('en')).toEqual(['code', 'name', 'value (%)', 'status'])
    expect(readme).toContain('`code`, `nom`, `valeur (<unité>)`, `statut`, in English `code`, `name`,\n`value (<unit>)`, `status`, e.g. `valeur (%)`')
  })

  it('lists the runtime dependencies of package.json', () => {
    const line = /Runtime dependencies: (.*), nothing else\./.exec(readme)?.[1]
    expect(line?.split(', ').map((d) => d.replace(/`/g, '')).sort()).toEqual(Object.keys(pkg.dependencies).sort())
  })
})

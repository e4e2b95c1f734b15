// The elements' typings: `npm run typecheck` compiles this file (the @ts-expect-error lines fail the
// type check if a wrong attribute were accepted), and the built declarations carry them to users.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AtlasIntrinsicElements } from '../../src/embed/tags.js'

const repo = fileURLToPath(import.meta.url).replace(/tests\/embed\/tags\.test\.tsx$/, '')

describe('JSX typings of the elements', () => {
  it('accept the attributes of each element, with their values, in Preact JSX', () => {
    const map = <atlas-map src="/data/actifs.csv" level="departement" code="Code Insee" value="Actifs" classes={5} method="jenks" show-table group="emploi" />
    const ranking = <atlas-ranking src="/data/actifs.csv" level="region" order="asc" limit="all" lang="en" />
    expect(map.type).toBe('atlas-map')
    expect(map.props).toMatchObject({ level: 'departement', classes: 5, 'show-table': true })
    expect(ranking.props).toMatchObject({ order: 'asc', lang: 'en' })
    const table = (
      <atlas-table src="/data/depenses.csv" level="departement" code="Code Insee" group="emploi" filter-box="false">
        <atlas-indicator value="Dépenses culturelles" per="Population" unit="€/hab." />
      </atlas-table>
    )
    const portrait = <atlas-portrait territory="29" level="departement" heading-level={3} />
    expect([table.type, portrait.type]).toEqual(['atlas-table', 'atlas-portrait'])
  })

  it('reject a value outside an attribute’s words and an attribute no element reads', () => {
    // @ts-expect-error « pays » is not a level
    const level = <atlas-map level="pays" />
    // @ts-expect-error « colour » is no attribute of the ranking (`color` is)
    const attribute = <atlas-ranking colour="#000" />
    const forReact: AtlasIntrinsicElements['atlas-map'] = { level: 'commune', within: 'departement:29' }
    // @ts-expect-error the React form is checked the same way
    const wrong: AtlasIntrinsicElements['atlas-map'] = { method: 'median' }
    expect([level.type, attribute.type, forReact.level, wrong.method]).toEqual(['atlas-map', 'atlas-ranking', 'commune', 'median'])
  })

  it('ship in the package’s declarations (dist/embed.d.ts, built by `npm run build`)', () => {
    const file = `${repo}dist/embed.d.ts`
    expect(existsSync(file)).toBe(true)
    const types = readFileSync(file, 'utf8')
    expect(types).toMatch(/declare module ['"]preact['"]/)
    expect(types).toContain('interface AtlasMapAttributes')
    expect(types).toContain("'show-table'?:")
  })
})

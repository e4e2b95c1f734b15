// docs/reference.md is generated (scripts/build-reference.mjs, run by `npm run build`) and checked in:
// this fails when a spec or its reference lines changed and the file was not regenerated.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { referenceMarkdown } from '../../scripts/reference/markdown.js'
import { attributesModule } from '../../scripts/reference/attributes.js'
import { ELEMENT_SECTIONS, SECTIONS } from '../../scripts/reference/sections.js'
import { attributeOf, attributesOf } from '../../src/core/spec/spec.js'
import { mapElementSpec } from '../../src/embed/atlas-map.js'
import { rankingElementSpec } from '../../src/embed/atlas-ranking.js'
import { tableElementSpec } from '../../src/embed/atlas-table.js'
import { portraitElementSpec } from '../../src/embed/atlas-portrait.js'
import { dataSpec } from '../../src/embed/data-attributes.js'

const repo = fileURLToPath(import.meta.url).replace(/tests\/scripts\/build-reference\.test\.ts$/, '')
const checkedIn = readFileSync(`${repo}docs/reference.md`, 'utf8')

describe('docs/reference.md', () => {
  it('is what the specs generate (run `npm run build:reference` after changing a spec or its docs)', () => {
    expect(checkedIn).toBe(referenceMarkdown(SECTIONS))
  })

  it('documents every attribute of <atlas-map> and <atlas-ranking>', () => {
    for (const spec of [mapElementSpec, rankingElementSpec]) {
      for (const [name, option] of Object.entries(spec)) {
        const attribute = attributeOf(name, option)
        if (attribute) expect(checkedIn, attribute).toContain(`\`${attribute}\``)
      }
    }
  })

  it('keeps the reference lines out of the built bundles', () => {
    const line = 'Mini histogram of the values under the legend.'
    expect(checkedIn).toContain(line)
    for (const file of ['dist/index.js', 'dist/embed.js', 'dist/atlas-culture.full.js']) {
      expect(existsSync(`${repo}${file}`), file).toBe(true)
      expect(readFileSync(`${repo}${file}`, 'utf8'), file).not.toContain(line)
    }
  })

  // src/embed/attributes.generated.ts is written by `npm run build` (like the registry's generated files).
  it('types in JSX exactly the attributes each element reads', () => {
    const typed = attributesModule(ELEMENT_SECTIONS)
    const elements = { 'atlas-map': mapElementSpec, 'atlas-ranking': rankingElementSpec, 'atlas-table': tableElementSpec, 'atlas-portrait': portraitElementSpec, 'atlas-indicator': dataSpec }
    expect(ELEMENT_SECTIONS.map((e) => e.tag)).toEqual(Object.keys(elements))
    for (const e of ELEMENT_SECTIONS) {
      const attributes = attributesOf(elements[e.tag as keyof typeof elements])
      expect(attributesOf(e.spec), e.tag).toEqual(attributes)
      const block = typed.slice(typed.indexOf(`interface ${e.name}Attributes {`)).split('\n}')[0]!
      for (const a of attributes) expect(block, `${e.tag} ${a}`).toMatch(new RegExp(`^  '?${a}'?\\?: `, 'm'))
    }
  })
})

import { describe, expect, it } from 'vitest'
import { element as el } from './fixtures.js'
import { defaults } from '../../src/components/portrait/defaults.js'
import { attributesOf, readSpec } from '../../src/core/spec/spec.js'
import { portraitElementSpec } from '../../src/embed/atlas-portrait.js'

describe('<atlas-portrait> attributes', () => {
  it('defaults: the portrait’s own defaults apply to the element (heading level, locator), no territory (France), no data attribute required of the parent, no group', () => {
    const read = readSpec(el({}), portraitElementSpec)
    expect(read.ok && read.value).toMatchObject({ territory: undefined, headingLevel: defaults.headingLevel, locator: defaults.locator, analysis: '', lang: 'fr', within: null, src: undefined, level: undefined, value: undefined, group: undefined })
  })

  it('observes the portrait, data and element attributes, and no prop-only option', () => {
    const observed = attributesOf(portraitElementSpec)
    for (const name of ['territory', 'level', 'heading-level', 'analysis', 'locator', 'lang', 'group', 'src', 'value', 'per', 'code']) expect(observed).toContain(name)
    for (const name of ['figures', 'store', 'on-ready']) expect(observed).not.toContain(name)
    expect(new Set(observed).size).toBe(observed.length)
  })

  it('reads the portrait options through the same parsers as the props, naming a bad one; level is the data’s level', () => {
    const read = readSpec(el({ territory: '29', level: 'departement', 'heading-level': '3', locator: 'false', group: 'atlas' }), portraitElementSpec)
    expect(read.ok && read.value).toMatchObject({ territory: '29', level: 'departement', headingLevel: 3, locator: false, group: 'atlas' })
    const bad = readSpec(el({ 'heading-level': '9' }), portraitElementSpec)
    expect(bad.ok === false && (bad.problem.error as Error).message).toBe('invalid heading-level: "9" (expected at most 6)')
    expect(readSpec(el({ territory: 'france' }), portraitElementSpec)).toMatchObject({ ok: true, value: { territory: { level: 'france' } } })
  })
})

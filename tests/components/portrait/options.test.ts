import { describe, expect, it } from 'vitest'
import { defaults } from '../../../src/components/portrait/defaults.js'
import { checkPortraitOptions } from '../../../src/components/portrait/options.js'
import { attributesOf, readSpec } from '../../../src/core/spec/spec.js'
import { portraitSpec } from '../../../src/components/portrait/spec.js'
import { ok, table } from '../../support/table.js'

const figures = [{ table: table([['29', ok(2)]]) }]

describe('checkPortraitOptions', () => {
  it('defaults: France, h2, French, a locator, no analysis, no title or subtitle of its own, ranks in France', () => {
    const o = checkPortraitOptions({ figures })
    expect(o).toMatchObject({ territory: { level: 'france' }, headingLevel: defaults.headingLevel, lang: 'fr', locator: true, analysis: '', within: null })
    expect(defaults.headingLevel).toBe(2)
    expect(o.title).toBeUndefined()
    expect(o.subtitle).toBeUndefined()
    expect(o.store).toBeUndefined()
  })

  it('reads a territory as a code at the figures’ level, as { level, code }, or France', () => {
    expect(checkPortraitOptions({ figures, territory: '29' }).territory).toEqual({ level: 'departement', code: '29' })
    expect(checkPortraitOptions({ figures, territory: '53', level: 'region' }).territory).toEqual({ level: 'region', code: '53' })
    expect(checkPortraitOptions({ figures, territory: { level: 'region', code: '84' } }).territory).toEqual({ level: 'region', code: '84' })
    expect(checkPortraitOptions({ figures, territory: 'france' }).territory).toEqual({ level: 'france' })
    expect(checkPortraitOptions({ figures, territory: '29', level: 'france' }).territory).toEqual({ level: 'france' })
  })

  it('names the bad option', () => {
    expect(() => checkPortraitOptions({ figures, territory: '99' })).toThrow('invalid territory: "99" (unknown territory)')
    expect(() => checkPortraitOptions({ figures, territory: { level: 'commune', code: '29019' } as never })).toThrow('invalid territory:')
    expect(() => checkPortraitOptions({ figures, headingLevel: 7 })).toThrow('invalid headingLevel: 7')
    expect(() => checkPortraitOptions({ figures, lang: 'de' as never })).toThrow('invalid lang: "de"')
    expect(() => checkPortraitOptions({ figures: 'x' as never })).toThrow('invalid figures: "x"')
    expect(checkPortraitOptions({ figures, within: 'region:53' }).within).toEqual({ level: 'region', code: '53' })
    expect(() => checkPortraitOptions({ figures, within: 'region:99' })).toThrow('invalid within: "region:99" (unknown territory)')
    expect(() => checkPortraitOptions({ figures, within: 'departement:29' })).toThrow('invalid within: "departement:29" (expected a region)')
    expect(() => checkPortraitOptions({ figures, within: 'canton:1' })).toThrow('invalid within: "canton:1"')
  })
})

describe('portraitSpec as attributes', () => {
  it('observes the attributes of the element, the props only left out', () => {
    expect(attributesOf(portraitSpec).sort()).toEqual(['analysis', 'heading-level', 'lang', 'level', 'locator', 'subtitle', 'territory', 'title', 'within'])
  })

  it('parses attribute text through the same helpers, naming the attribute', () => {
    const el = document.createElement('div')
    el.setAttribute('territory', '29')
    el.setAttribute('heading-level', '3')
    el.setAttribute('locator', 'false')
    const read = readSpec(el, portraitSpec)
    expect(read.ok && read.value).toMatchObject({ territory: '29', headingLevel: 3, locator: false, lang: 'fr' })
    el.setAttribute('heading-level', 'trois')
    const bad = readSpec(el, portraitSpec)
    expect(bad.ok ? null : bad.problem.attribute).toBe('heading-level')
  })
})

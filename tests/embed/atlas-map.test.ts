import { describe, expect, it } from 'vitest'
import { element as el, minimal } from './fixtures.js'
import { defaults } from '../../src/components/map/defaults.js'
import { attributesOf, readSpec } from '../../src/core/spec/spec.js'
import { mapElementSpec } from '../../src/embed/atlas-map.js'


describe('<atlas-map> attributes', () => {
  it('defaults: the map’s own defaults apply to the element (classes, histogram, table), no group', () => {
    const read = readSpec(el(minimal), mapElementSpec)
    expect(read.ok && read.value).toMatchObject({ within: null, method: undefined, classes: defaults.classes, breaks: undefined, palette: undefined, histogram: defaults.histogram, showTable: defaults.showTable, homeEnd: defaults.homeEnd, group: undefined })
  })

  it('observes every attribute of the map, data and element specs, and no prop-only option', () => {
    const observed = attributesOf(mapElementSpec)
    for (const name of ['lang', 'within', 'title', 'classes', 'show-table', 'home-end', 'renderer', 'src', 'pad-codes', 'group']) expect(observed).toContain(name)
    for (const name of ['table', 'store', 'tooltip', 'onReady', 'on-ready', 'id']) expect(observed).not.toContain(name)
    expect(new Set(observed).size).toBe(observed.length)
  })

  it('reads the map options and names a bad one', () => {
    const read = readSpec(el({ ...minimal, within: 'region:53', classes: '7', breaks: '1.5, 2, 3', palette: 'terre-battue', group: 'atlas', 'show-table': '' }), mapElementSpec)
    expect(read.ok && read.value).toMatchObject({ within: { level: 'region', code: '53' }, classes: 7, breaks: [1.5, 2, 3], palette: 'terre-battue', group: 'atlas', showTable: true })
    const bad = readSpec(el({ ...minimal, classes: 'cinq' }), mapElementSpec)
    expect(bad).toMatchObject({ ok: false, problem: { attribute: 'classes', value: 'cinq' } })
    const range = readSpec(el({ ...minimal, classes: '12' }), mapElementSpec)
    expect(range.ok === false && (range.problem.error as Error).message).toBe('invalid classes: "12" (expected at most 9)')
  })
})

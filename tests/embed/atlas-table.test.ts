import { describe, expect, it } from 'vitest'
import { element as el } from './fixtures.js'
import { defaults } from '../../src/components/table/defaults.js'
import { attributesOf, readSpec } from '../../src/core/spec/spec.js'
import { tableElementSpec } from '../../src/embed/atlas-table.js'

describe('<atlas-table> attributes', () => {
  it('defaults: the table’s own defaults apply to the element (no extra column, filter box, download), no data attribute required of the parent, no group', () => {
    const read = readSpec(el({}), tableElementSpec)
    expect(read.ok && read.value).toMatchObject({ columns: defaults.columns, reference: undefined, filterBox: defaults.filterBox, download: defaults.download, lang: 'fr', within: null, src: undefined, level: undefined, value: undefined, padCodes: false, group: undefined })
  })

  it('observes the table, data and element attributes, and no prop-only option', () => {
    const observed = attributesOf(tableElementSpec)
    for (const name of ['columns', 'reference', 'filter-box', 'download', 'title', 'within', 'lang', 'src', 'level', 'code', 'value', 'per', 'label', 'unit', 'group']) expect(observed).toContain(name)
    for (const name of ['tables', 'store', 'on-export', 'id', 'on-ready']) expect(observed).not.toContain(name)
    expect(new Set(observed).size).toBe(observed.length)
  })

  it('reads the table options through the same parsers as the props, naming a bad one', () => {
    const read = readSpec(el({ columns: 'rank, gap', reference: 'parent', 'filter-box': 'false', level: 'departement', scale: '100', group: 'atlas' }), tableElementSpec)
    expect(read.ok && read.value).toMatchObject({ columns: ['rank', 'gap'], reference: 'parent', filterBox: false, level: 'departement', scale: 100, group: 'atlas' })
    const bad = readSpec(el({ columns: 'rank, écart' }), tableElementSpec)
    expect(bad).toMatchObject({ ok: false, problem: { attribute: 'columns', value: 'rank, écart' } })
    expect(readSpec(el({ reference: 'france entière' }), tableElementSpec)).toMatchObject({ ok: false, problem: { attribute: 'reference', value: 'france entière' } })
    // Optional on the parent, still checked when given.
    const level = readSpec(el({ level: 'pays' }), tableElementSpec)
    expect(level.ok === false && (level.problem.error as Error).message).toBe('invalid level: "pays" (expected one of region, departement, epci, commune)')
  })
})

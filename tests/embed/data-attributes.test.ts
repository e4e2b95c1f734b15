import { describe, expect, it } from 'vitest'
import { readAttributes } from '../../src/embed/attributes.js'
import { dataAttributes } from '../../src/embed/data-attributes.js'
import { mapAttributes } from '../../src/embed/map-attributes.js'

const el = (attrs: Record<string, string>) => {
  const e = document.createElement('div')
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
  return e
}
const minimal = { src: 'a.csv', level: 'departement', value: 'V' }

describe('dataAttributes', () => {
  it('defaults: only src, level and value are required; pad-codes false, the rest absent', () => {
    const read = readAttributes(el(minimal), dataAttributes)
    expect(read).toEqual({
      ok: true,
      value: {
        src: 'a.csv', format: undefined, level: 'departement', code: undefined, name: undefined, value: 'V', per: undefined, scale: undefined, filter: undefined,
        aggregate: undefined, 'pad-codes': false, vintage: undefined, missing: undefined, kind: undefined, label: undefined, unit: undefined, source: undefined, year: undefined, definition: undefined,
      },
    })
    for (const missing of ['src', 'level', 'value']) {
      const { [missing]: _, ...rest } = minimal as Record<string, string>
      const r = readAttributes(el(rest), dataAttributes)
      expect(r.ok === false && r.problem.attribute).toBe(missing)
    }
  })

  it('parses the adapter options from text: filter pairs, numbers, booleans', () => {
    const read = readAttributes(el({ ...minimal, filter: 'Secteur=Archives; Année=2019', scale: '100', 'pad-codes': '', vintage: '2018', level: 'commune', aggregate: 'sum', missing: '-1=not-available' }), dataAttributes)
    expect(read.ok && read.value).toMatchObject({ filter: { Secteur: 'Archives', Année: '2019' }, scale: 100, 'pad-codes': true, vintage: 2018, aggregate: 'sum', missing: { '-1': 'not-available' } })
  })

  it('names the bad attribute', () => {
    for (const [name, value] of [['scale', 'cent'], ['aggregate', 'avg'], ['filter', 'Secteur'], ['level', 'pays'], ['pad-codes', 'oui'], ['format', 'xls'], ['missing', '-1=zéro']]) {
      const read = readAttributes(el({ ...minimal, [name!]: value! }), dataAttributes)
      expect(read.ok === false && read.problem.attribute).toBe(name)
    }
  })
})

describe('mapAttributes', () => {
  it('defaults: the map decides (classes, method, palette undefined), no group, no histogram nor table', () => {
    const read = readAttributes(el(minimal), mapAttributes)
    expect(read.ok && read.value).toMatchObject({ within: null, method: undefined, classes: undefined, breaks: undefined, palette: undefined, histogram: false, 'show-table': false, group: undefined })
  })
  it('reads the map options and names a bad one', () => {
    const read = readAttributes(el({ ...minimal, within: 'region:53', classes: '7', breaks: '1.5, 2, 3', palette: 'terre-battue', group: 'atlas' }), mapAttributes)
    expect(read.ok && read.value).toMatchObject({ within: { level: 'region', code: '53' }, classes: 7, breaks: [1.5, 2, 3], palette: 'terre-battue', group: 'atlas' })
    const bad = readAttributes(el({ ...minimal, classes: 'cinq' }), mapAttributes)
    expect(bad).toMatchObject({ ok: false, problem: { attribute: 'classes', message: 'invalid classes: "cinq" (expected a number)' } })
  })
})

import { describe, expect, it } from 'vitest'
import { element as el, minimal } from './fixtures.js'
import { readSpec } from '../../src/core/spec/spec.js'
import { dataSpec, elementSpec } from '../../src/embed/data-attributes.js'


describe('dataSpec', () => {
  it('defaults: only src, level and value are required; pad-codes false, the rest absent', () => {
    const read = readSpec(el(minimal), dataSpec)
    expect(read).toEqual({
      ok: true,
      value: {
        src: 'a.csv', format: undefined, level: 'departement', code: undefined, name: undefined, value: 'V', per: undefined, scale: undefined, filter: undefined,
        aggregate: undefined, padCodes: false, vintage: undefined, missing: undefined, kind: undefined, label: undefined, unit: undefined, source: undefined, year: undefined, definition: undefined,
      },
    })
    for (const missing of ['src', 'level', 'value']) {
      const { [missing]: _, ...rest } = minimal as Record<string, string>
      const r = readSpec(el(rest), dataSpec)
      expect(r.ok === false && r.problem.attribute).toBe(missing)
    }
  })

  it('parses the adapter options from text: filter pairs, numbers, booleans', () => {
    const read = readSpec(el({ ...minimal, filter: 'Secteur=Archives; Année=2019', scale: '100', 'pad-codes': '', vintage: '2018', level: 'commune', aggregate: 'sum', missing: '-1=not-available' }), dataSpec)
    expect(read.ok && read.value).toMatchObject({ filter: { Secteur: 'Archives', Année: '2019' }, scale: 100, padCodes: true, vintage: 2018, aggregate: 'sum', missing: { '-1': 'not-available' } })
  })

  it('names the bad attribute', () => {
    for (const [name, value] of [['scale', 'cent'], ['aggregate', 'avg'], ['filter', 'Secteur'], ['level', 'pays'], ['pad-codes', 'oui'], ['format', 'xls'], ['missing', '-1=zéro']]) {
      const read = readSpec(el({ ...minimal, [name!]: value! }), dataSpec)
      expect(read.ok === false && read.problem.attribute).toBe(name)
    }
  })
})

describe('elementSpec', () => {
  it('defaults: no group, not kept in the URL, light', () => {
    expect(readSpec(el({}), elementSpec)).toEqual({ ok: true, value: { group: undefined, syncUrl: false, theme: 'light' } })
    expect(readSpec(el({ group: 'atlas' }), elementSpec)).toEqual({ ok: true, value: { group: 'atlas', syncUrl: false, theme: 'light' } })
  })

  it('theme is one of light, dark, auto', () => {
    for (const theme of ['light', 'dark', 'auto']) expect(readSpec(el({ theme }), elementSpec)).toMatchObject({ ok: true, value: { theme } })
    const read = readSpec(el({ theme: 'sombre' }), elementSpec)
    expect(read).toMatchObject({ ok: false, problem: { attribute: 'theme' } })
    expect(read.ok === false && String(read.problem.error)).toMatch(/invalid theme: "sombre" \(expected one of light, dark, auto\)/)
  })

  it('sync-url is a boolean attribute: present (empty) or "true" keeps the group in the URL', () => {
    expect(readSpec(el({ group: 'atlas', 'sync-url': '' }), elementSpec)).toEqual({ ok: true, value: { group: 'atlas', syncUrl: true, theme: 'light' } })
    expect(readSpec(el({ 'sync-url': 'false' }), elementSpec)).toEqual({ ok: true, value: { group: undefined, syncUrl: false, theme: 'light' } })
    expect(readSpec(el({ 'sync-url': 'oui' }), elementSpec)).toMatchObject({ ok: false, problem: { attribute: 'sync-url' } })
  })
})

import { describe, expect, it } from 'vitest'
import { fn, integer, oneOf } from '../../../src/core/options.js'
import { attributeOf, attributesOf, checkSpec, option, propOnly, readSpec } from '../../../src/core/spec/spec.js'

const spec = {
  classes: option((name, v) => integer(name, v, 5, { min: 3, max: 9 })),
  homeEnd: option((name, v) => oneOf(name, v, ['name', 'rank'] as const, 'name')),
  method: option((name, v) => oneOf(name, v, ['quantile', 'jenks'] as const, 'quantile'), 'classification'),
  onReady: propOnly((name, v) => fn(name, v)),
}

const element = (attrs: Record<string, string>) => {
  const el = document.createElement('div')
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  return el
}

describe('option specs', () => {
  it('gives the parsers’ defaults when props and attributes are absent', () => {
    expect(checkSpec(spec, {})).toEqual({ classes: 5, homeEnd: 'name', method: 'quantile', onReady: undefined })
    expect(readSpec(element({}), spec)).toEqual({ ok: true, value: { classes: 5, homeEnd: 'name', method: 'quantile' } })
  })

  it('names attributes in kebab-case unless the spec names them, and leaves props-only out', () => {
    expect(attributesOf(spec)).toEqual(['classes', 'home-end', 'classification'])
    expect(attributeOf('onReady', spec.onReady)).toBeUndefined()
  })

  it('parses props and attribute text through the same parsers', () => {
    expect(checkSpec(spec, { classes: '7', homeEnd: 'rank' })).toMatchObject({ classes: 7, homeEnd: 'rank' })
    expect(readSpec(element({ classes: '7', 'home-end': 'rank', classification: 'jenks' }), spec)).toEqual({ ok: true, value: { classes: 7, homeEnd: 'rank', method: 'jenks' } })
  })

  it('names the prop, or the attribute, that is invalid', () => {
    expect(() => checkSpec(spec, { homeEnd: 'first' })).toThrow('invalid homeEnd: "first"')
    expect(() => checkSpec(spec, { onReady: 'go' })).toThrow('invalid onReady: "go" (expected a function)')
    const read = readSpec(element({ 'home-end': 'first' }), spec)
    expect(read.ok === false && read.problem.attribute).toBe('home-end')
    expect(read.ok === false && (read.problem.error as Error).message).toBe('invalid home-end: "first" (expected one of name, rank)')
    const cinq = readSpec(element({ classes: 'cinq' }), spec)
    expect(cinq).toMatchObject({ ok: false, problem: { attribute: 'classes', value: 'cinq' } })
  })
})

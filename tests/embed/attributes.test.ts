import { describe, expect, it } from 'vitest'
import { observedAttributes, readAttributes } from '../../src/embed/attributes.js'
import { integer, oneOf } from '../../src/core/options.js'

const spec = {
  classes: (v: string | null) => integer('classes', v, 5, { min: 3, max: 9 }),
  method: (v: string | null) => oneOf('method', v, ['quantile', 'jenks'] as const, 'quantile'),
}

describe('readAttributes', () => {
  it('gives the helpers’ defaults when attributes are absent', () => {
    const el = document.createElement('div')
    expect(readAttributes(el, spec)).toEqual({ ok: true, value: { classes: 5, method: 'quantile' } })
    expect(observedAttributes(spec)).toEqual(['lang', 'classes', 'method'])
  })
  it('parses attribute text through the same helpers as the npm options', () => {
    const el = document.createElement('div')
    el.setAttribute('classes', '7')
    el.setAttribute('method', 'jenks')
    expect(readAttributes(el, spec)).toEqual({ ok: true, value: { classes: 7, method: 'jenks' } })
  })
  it('names the attribute and its value when one is invalid', () => {
    const el = document.createElement('div')
    el.setAttribute('classes', 'cinq')
    const read = readAttributes(el, spec)
    expect(read).toEqual({ ok: false, problem: { attribute: 'classes', value: 'cinq', message: 'invalid classes: "cinq" (expected a number)' } })
    el.setAttribute('classes', '12')
    expect(readAttributes(el, spec).ok).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { missing } from '../../../data-adapters/join/cells.js'
import { combine } from '../../../data-adapters/join/combine.js'

const ok = (value: number) => ({ value, status: 'ok' as const })

describe('combine', () => {
  it('computes each aggregate over ok parts', () => {
    const parts = [ok(3), ok(1), ok(8)]
    expect(combine(parts, 'sum')).toEqual(ok(12))
    expect(combine(parts, 'mean')).toEqual(ok(4))
    expect(combine(parts, 'min')).toEqual(ok(1))
    expect(combine(parts, 'max')).toEqual(ok(8))
    expect(combine(parts, 'first')).toEqual(ok(3))
    expect(combine(parts, 'last')).toEqual(ok(8))
  })

  it('makes a sum with a missing part missing, the most telling reason winning', () => {
    expect(combine([ok(1), missing('not-available'), missing('secret')], 'sum')).toEqual(missing('secret'))
    expect(combine([ok(1), missing('not-available')], 'max')).toEqual(missing('not-available'))
    expect(combine([missing('not-available'), missing('invalid')], 'mean')).toEqual(missing('invalid'))
  })

  it('lets first and last take their row as it is', () => {
    expect(combine([missing('secret'), ok(2)], 'last')).toEqual(ok(2))
    expect(combine([missing('secret'), ok(2)], 'first')).toEqual(missing('secret'))
  })
})

import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../../data-adapters/http/backoff.js'

describe('backoffDelay', () => {
  it('draws uniformly below base·2^attempt (full jitter)', () => {
    expect(backoffDelay(0, 100, 10_000, () => 0)).toBe(0)
    expect(backoffDelay(0, 100, 10_000, () => 0.5)).toBe(50)
    expect(backoffDelay(2, 100, 10_000, () => 0.5)).toBe(200)
    expect(backoffDelay(3, 100, 10_000, () => 0.999)).toBeCloseTo(799.2)
  })

  it('never exceeds the cap', () => {
    expect(backoffDelay(10, 500, 30_000, () => 0.999)).toBeCloseTo(29_970)
  })
})

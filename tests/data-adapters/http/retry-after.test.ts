import { describe, expect, it } from 'vitest'
import { retryAfterMs } from '../../../data-adapters/http/retry-after.js'

const now = Date.parse('2024-05-01T12:00:00Z')

describe('retryAfterMs', () => {
  it('is undefined without a header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined()
    expect(retryAfterMs(undefined, now)).toBeUndefined()
  })

  it('reads delay-seconds', () => {
    expect(retryAfterMs('2', now)).toBe(2000)
    expect(retryAfterMs(' 0 ', now)).toBe(0)
  })

  it('reads an HTTP date relative to now, a past date giving 0', () => {
    expect(retryAfterMs('Wed, 01 May 2024 12:00:07 GMT', now)).toBe(7000)
    expect(retryAfterMs('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0)
  })

  it('ignores what is neither', () => {
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs('-5', now)).toBeUndefined()
    expect(retryAfterMs('1.5', now)).toBeUndefined()
  })
})

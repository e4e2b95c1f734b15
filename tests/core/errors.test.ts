import { describe, expect, it } from 'vitest'
import { AtlasError } from '../../src/core/errors.js'

describe('AtlasError', () => {
  it('defaults: no params; the code and the English message as given', () => {
    const e = new AtlasError('http', 'HTTP 404 from https://x.test/a.csv')
    expect([e.code, e.params, e.message]).toEqual(['http', {}, 'HTTP 404 from https://x.test/a.csv'])
    expect(e).toBeInstanceOf(Error)
  })

  it('carries its params and its cause', () => {
    const cause = new Error('socket')
    const e = new AtlasError('data', 'a.csv: bad', { source: 'a.csv', row: 3 }, { cause })
    expect(e.params).toEqual({ source: 'a.csv', row: 3 })
    expect(e.cause).toBe(cause)
  })
})

import { describe, expect, it } from 'vitest'
import { errorDetails, HttpError } from '../../../data-adapters/http/errors.js'
import { AtlasError } from '../../../src/core/errors.js'

describe('HttpError', () => {
  it('defaults to one attempt and no status or code', () => {
    const e = new HttpError({ url: 'https://x.test/a', message: 'boom' })
    expect(e).toMatchObject({ name: 'HttpError', url: 'https://x.test/a', status: undefined, errorCode: undefined, attempts: 1, message: 'boom' })
  })

  it('is an AtlasError: code `http` (or its reason), params url, status and the reason\'s values', () => {
    const e = new HttpError({ url: 'https://x.test/a', status: 404, message: 'HTTP 404' })
    expect(e).toBeInstanceOf(AtlasError)
    expect([e.code, e.params]).toEqual(['http', { url: 'https://x.test/a', status: 404 }])
    const big = new HttpError({ url: 'https://x.test/a', status: 200, message: 'too large', reason: 'too-large', params: { maxBytes: 10 } })
    expect([big.code, big.params]).toEqual(['too-large', { url: 'https://x.test/a', status: 200, maxBytes: 10 }])
  })
})

describe('errorDetails', () => {
  it('reads the Opendatasoft error body', () => {
    expect(errorDetails('{"error_code":"ODSQLError","message":"Unknown field: annee"}')).toEqual({ errorCode: 'ODSQLError', message: 'Unknown field: annee' })
  })

  it('reads other JSON shapes', () => {
    expect(errorDetails('{"detail":"Not found"}')).toEqual({ message: 'Not found' })
    expect(errorDetails('{"errors":["page_size too big"]}')).toEqual({ message: '["page_size too big"]' })
  })

  it('keeps short plain text but not HTML pages', () => {
    expect(errorDetails('Bad Gateway')).toEqual({ message: 'Bad Gateway' })
    expect(errorDetails('<html><body>502</body></html>')).toEqual({})
    expect(errorDetails('')).toEqual({})
  })
})

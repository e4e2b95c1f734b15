import { describe, expect, it } from 'vitest'
import { errorDetails, HttpError } from '../../../data-adapters/http/errors.js'

describe('HttpError', () => {
  it('defaults to one attempt and no status or code', () => {
    const e = new HttpError({ url: 'https://x.test/a', message: 'boom' })
    expect(e).toMatchObject({ name: 'HttpError', url: 'https://x.test/a', status: undefined, errorCode: undefined, attempts: 1, message: 'boom' })
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

import { describe, expect, it } from 'vitest'
import { checkUrl } from '../../../data-adapters/http/url.js'

describe('checkUrl', () => {
  it('accepts https only by default', () => {
    expect(checkUrl('https://data.culture.gouv.fr/api/x?a=1', false)).toBe('https://data.culture.gouv.fr/api/x?a=1')
    expect(() => checkUrl('http://data.culture.gouv.fr/x', false)).toThrow('invalid url: "http://data.culture.gouv.fr/x" (expected an https: URL (allowHttp: true accepts http:))')
  })

  it('accepts http with allowHttp, never other protocols', () => {
    expect(checkUrl('http://127.0.0.1:8080/x', true)).toBe('http://127.0.0.1:8080/x')
    expect(() => checkUrl('ftp://example.org/x', true)).toThrow('invalid url: "ftp://example.org/x"')
    expect(() => checkUrl('javascript:alert(1)', true)).toThrow('invalid url')
  })

  it('rejects what is not a URL, naming the option', () => {
    expect(() => checkUrl('', false)).toThrow('invalid url: ""')
    expect(() => checkUrl(42, false, 'base')).toThrow('invalid base: 42')
  })
})

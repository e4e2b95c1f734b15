import { afterEach, describe, expect, it, vi } from 'vitest'
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

describe('checkUrl in a page', () => {
  afterEach(() => vi.unstubAllGlobals())
  const page = (href: string) => vi.stubGlobal('document', { baseURI: href })

  it('resolves a relative URL against the document, on an http: page too (its own origin)', () => {
    page('http://localhost:5173/app/index.html')
    expect(checkUrl('/data/x.csv', false)).toBe('http://localhost:5173/data/x.csv')
    expect(checkUrl('data/x.csv', false)).toBe('http://localhost:5173/app/data/x.csv')
    expect(checkUrl('http://localhost:5173/y.csv', false)).toBe('http://localhost:5173/y.csv')
    page('https://atlas.example/carte/')
    expect(checkUrl('../x.csv?v=2', false)).toBe('https://atlas.example/x.csv?v=2')
  })

  it('still refuses plain http from another origin, relative or not', () => {
    page('http://localhost:5173/')
    expect(() => checkUrl('http://data.example/x.csv', false)).toThrow('invalid url: "http://data.example/x.csv" (expected an https: URL')
    expect(() => checkUrl('//data.example/x.csv', false)).toThrow('invalid url: "//data.example/x.csv" (expected an https: URL')
    page('https://atlas.example/')
    expect(() => checkUrl('http://atlas.example/x.csv', false)).toThrow('expected an https: URL')
  })
})

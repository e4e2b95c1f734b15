// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import { HttpError } from '../../../data-adapters/http/errors.js'
import { fetchBytes } from '../../../data-adapters/http/fetch.js'
import { checkRedirect } from '../../../data-adapters/http/redirect.js'

/** A response as `fetch` gives it after following redirects: its `url` is the last one. */
function arrived(url: string, body = `body of ${url}`): Response {
  const res = new Response(body)
  Object.defineProperty(res, 'url', { value: url })
  return res
}

afterEach(() => {
  vi.unstubAllGlobals()
  clearHttpCache()
})

describe('checkRedirect', () => {
  it('by default passes a response whose final URL is https:, or unknown (a constructed Response)', async () => {
    const res = arrived('https://b.test/y')
    expect(checkRedirect('https://a.test/x', res, false)).toBe(res)
    const plain = new Response('x')
    expect(checkRedirect('https://a.test/x', plain, false)).toBe(plain)
  })

  it('refuses a response that ended on http:, naming both URLs', () => {
    const error = (() => {
      try {
        return checkRedirect('https://a.test/x', arrived('http://evil.test/y'), false)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ reason: 'redirect-scheme', params: { url: 'https://a.test/x', target: 'http://evil.test/y' } })
    expect((error as Error).message).toBe('https://a.test/x redirects to http://evil.test/y: not loaded, only https: URLs are (allowHttp: true accepts http:)')
  })

  it('lets http: through with allowHttp, never another scheme', () => {
    expect(checkRedirect('https://a.test/x', arrived('http://a.test/x'), true).url).toBe('http://a.test/x')
    expect(() => checkRedirect('https://a.test/x', arrived('ftp://a.test/x'), true)).toThrow('redirects to ftp://a.test/x')
  })
})

describe('fetchBytes through a redirect', () => {
  it('never loads an https URL that redirects to http:, and does not retry it', async () => {
    const requested: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      requested.push(url)
      return arrived(url.replace('https:', 'http:'), 'code,valeur\n29,12\n')
    })
    await expect(fetchBytes('https://data.test/x.csv')).rejects.toThrow('https://data.test/x.csv redirects to http://data.test/x.csv: not loaded')
    expect(requested).toEqual(['https://data.test/x.csv'])
  })
})

// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import { HttpError } from '../../../data-adapters/http/errors.js'
import { fetchBytes } from '../../../data-adapters/http/fetch.js'
import { followChecked, resetRedirectMode } from '../../../data-adapters/http/redirect.js'

/**
 * A fake network: `links` maps a URL to the URL it redirects to; any other URL answers its own URL.
 * `browser: true` plays a browser, whose `redirect: 'manual'` answer hides the target.
 */
function network(links: Record<string, string>, browser = false) {
  const requested: string[] = []
  const respond = (url: string, final: string, status = 200, headers: Record<string, string> = {}, type?: ResponseType): Response => {
    const res = new Response(status === 200 && type === undefined ? `body of ${url}` : null, { status, headers })
    Object.defineProperty(res, 'url', { value: final })
    if (type) Object.defineProperty(res, 'type', { value: type })
    return res
  }
  const get = async (url: string, redirect: RequestRedirect = 'follow'): Promise<Response> => {
    requested.push(url)
    let target = url
    if (links[url] === undefined) return respond(url, url)
    if (redirect === 'manual') return browser ? respond(url, '', 200, {}, 'opaqueredirect') : respond(url, url, 302, { location: links[url]! })
    // The network follows every link itself.
    while (links[target] !== undefined) {
      target = links[target]!
      requested.push(target)
    }
    return respond(target, target)
  }
  return { get, requested }
}

afterEach(() => {
  resetRedirectMode()
  vi.unstubAllGlobals()
  clearHttpCache()
})

describe('followChecked', () => {
  it('by default returns the response of a URL that does not redirect, as it is', async () => {
    const { get, requested } = network({})
    const res = await followChecked('https://a.test/x.csv', false, get)
    expect(await res.text()).toBe('body of https://a.test/x.csv')
    expect(requested).toEqual(['https://a.test/x.csv'])
  })

  it('follows https redirects one by one, checking each target before requesting it', async () => {
    const { get, requested } = network({ 'https://a.test/x': 'https://b.test/y', 'https://b.test/y': 'https://c.test/z' })
    const res = await followChecked('https://a.test/x', false, get)
    expect(await res.text()).toBe('body of https://c.test/z')
    expect(requested).toEqual(['https://a.test/x', 'https://b.test/y', 'https://c.test/z'])
  })

  it('refuses a redirect to http: without requesting it, naming both URLs', async () => {
    const { get, requested } = network({ 'https://a.test/x': 'https://a.test/y', 'https://a.test/y': 'http://evil.test/y' })
    const error = await followChecked('https://a.test/x', false, get).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ reason: 'redirect-scheme', params: { url: 'https://a.test/x', target: 'http://evil.test/y' } })
    expect((error as Error).message).toBe('https://a.test/x redirects to http://evil.test/y: not loaded, only https: URLs are loaded (allowHttp: true accepts http:)')
    expect(requested).not.toContain('http://evil.test/y')
  })

  it('lets http: through with allowHttp, never another scheme', async () => {
    expect(await (await followChecked('https://a.test/x', true, network({ 'https://a.test/x': 'http://a.test/x' }).get)).text()).toBe('body of http://a.test/x')
    await expect(followChecked('https://a.test/x', true, network({ 'https://a.test/x': 'ftp://a.test/x' }).get)).rejects.toThrow('redirects to ftp://a.test/x')
  })

  it('in a browser (redirects hidden), checks the final URL of the followed response', async () => {
    const { get } = network({ 'https://a.test/x': 'http://evil.test/x' }, true)
    await expect(followChecked('https://a.test/x', false, get)).rejects.toMatchObject({ reason: 'redirect-scheme', params: { target: 'http://evil.test/x' } })
    const fine = network({ 'https://a.test/x': 'https://b.test/x' }, true)
    expect(await (await followChecked('https://a.test/x', false, fine.get)).text()).toBe('body of https://b.test/x')
    // Learnt once: the second load goes straight to following.
    expect(fine.requested).toEqual(['https://a.test/x', 'https://b.test/x'])
  })

  it('gives up after 20 redirects', async () => {
    const links = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`https://a.test/${i}`, `https://a.test/${i + 1}`]))
    await expect(followChecked('https://a.test/0', false, network(links).get)).rejects.toMatchObject({ reason: 'too-many-redirects' })
  })
})

describe('fetchBytes through a redirect', () => {
  it('never loads an https URL that redirects to http:', async () => {
    const { get, requested } = network({ 'https://data.test/x.csv': 'http://data.test/x.csv' })
    vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => get(url, init.redirect))
    await expect(fetchBytes('https://data.test/x.csv', { retries: 0 })).rejects.toThrow('https://data.test/x.csv redirects to http://data.test/x.csv: not loaded')
    expect(requested).toEqual(['https://data.test/x.csv'])
  })
})

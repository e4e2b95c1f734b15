import { invalid, string } from '../../src/core/options.js'

/**
 * The absolute URL to request. Relative URLs resolve against the page in browsers. Only `https:`
 * unless `allowHttp`: widgets are embedded in https pages, where `http:` is mixed content anyway,
 * and a plain-http source can be altered on the way.
 */
export function checkUrl(url: unknown, allowHttp: boolean, name = 'url'): string {
  const s = string(name, url)
  if (s === undefined) return invalid(name, url, 'expected a URL')
  let parsed: URL
  try {
    parsed = new URL(s, (globalThis as { location?: { href?: string } }).location?.href)
  } catch {
    return invalid(name, url, 'expected a URL')
  }
  if (schemeAllowed(parsed, allowHttp)) return parsed.href
  return invalid(name, url, allowHttp ? 'expected an http: or https: URL' : 'expected an https: URL (allowHttp: true accepts http:)')
}

/**
 * The scheme rule alone, for a URL already resolved: `https:`, or `http:` with `allowHttp`. Applied to
 * the URL asked for and to every URL a redirect leads to.
 */
export function schemeAllowed(url: URL, allowHttp: boolean): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && allowHttp)
}

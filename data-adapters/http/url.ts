import { invalid, string } from '../../src/core/options.js'

/**
 * The absolute URL to request. In a browser, relative URLs (`/data/x.csv`, `data/x.csv`) resolve
 * against the document, then the scheme rule ({@link schemeAllowed}) applies to the result.
 */
export function checkUrl(url: unknown, allowHttp: boolean, name = 'url'): string {
  const s = string(name, url)
  if (s === undefined) return invalid(name, url, 'expected a URL')
  let parsed: URL
  try {
    parsed = new URL(s, pageUrl())
  } catch {
    return invalid(name, url, 'expected a URL')
  }
  if (schemeAllowed(parsed, allowHttp)) return parsed.href
  return invalid(name, url, allowHttp ? 'expected an http: or https: URL' : 'expected an https: URL (allowHttp: true accepts http:)')
}

/**
 * The scheme rule alone, for a URL already resolved: `https:`, or the page's own origin whatever its
 * scheme (a page on `http://localhost` reads its own files: nothing to downgrade), or `http:`
 * elsewhere only with `allowHttp` — widgets are embedded in https pages, where `http:` is mixed
 * content anyway, and a plain-http source can be altered on the way. Applied to the URL asked for
 * and to every URL a redirect leads to.
 */
export function schemeAllowed(url: URL, allowHttp: boolean): boolean {
  const page = pageUrl()
  const sameOrigin = page !== undefined && /^https?:$/.test(url.protocol) && url.origin === new URL(page).origin
  return url.protocol === 'https:' || sameOrigin || (url.protocol === 'http:' && allowHttp)
}

/** The document's URL in a browser (its base URL where it has one), undefined in Node. */
function pageUrl(): string | undefined {
  const g = globalThis as { document?: { baseURI?: string }; location?: { href?: string } }
  return g.document?.baseURI ?? g.location?.href
}

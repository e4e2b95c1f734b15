import { HttpError } from './errors.js'
import { schemeAllowed } from './url.js'

/** Redirects followed by hand before giving up (browsers stop at 20 too). */
const MAX_REDIRECTS = 20

// Browsers answer `redirect: 'manual'` with an opaque response that hides the target: there, redirects
// are followed by the browser and the final URL is checked before the body is read. Learnt once.
let redirectsVisible = true

/**
 * GETs `url` through `get`, following redirects under the same scheme rule as the URL asked for
 * (`https:` only unless `allowHttp`): where the runtime shows redirects (Node, Deno), each target is
 * checked before it is requested; elsewhere the final `response.url` is. A downgrade is an error naming
 * both URLs, never data.
 */
export async function followChecked(url: string, allowHttp: boolean, get: (target: string, redirect: RequestRedirect) => Promise<Response>): Promise<Response> {
  let current = url
  for (let hop = 0; ; hop++) {
    if (!redirectsVisible) return checkFinal(url, await get(current, 'follow'), allowHttp)
    const res = await get(current, 'manual')
    if (res.type === 'opaqueredirect') {
      redirectsVisible = false
      continue
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null
    if (location === null) return checkFinal(url, res, allowHttp)
    await res.body?.cancel().catch(() => {})
    const next = new URL(location, current)
    if (!schemeAllowed(next, allowHttp)) throw downgrade(url, next.href, allowHttp)
    if (hop >= MAX_REDIRECTS) throw new HttpError({ url, status: res.status, message: `more than ${MAX_REDIRECTS} redirects from ${url}`, reason: 'too-many-redirects', params: { url, max: MAX_REDIRECTS } })
    current = next.href
  }
}

function checkFinal(url: string, res: Response, allowHttp: boolean): Response {
  if (res.url === '' || schemeAllowed(new URL(res.url), allowHttp)) return res
  void res.body?.cancel().catch(() => {})
  throw downgrade(url, res.url, allowHttp)
}

function downgrade(url: string, target: string, allowHttp: boolean): HttpError {
  const rule = allowHttp ? 'only http: and https: URLs are loaded' : 'only https: URLs are loaded (allowHttp: true accepts http:)'
  return new HttpError({ url, message: `${url} redirects to ${target}: not loaded, ${rule}`, reason: 'redirect-scheme', params: { url, target } })
}

/** Forgets what was learnt about the runtime (tests that swap `fetch`). */
export function resetRedirectMode(): void {
  redirectsVisible = true
}

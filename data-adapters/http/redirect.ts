import { HttpError } from './errors.js'
import { schemeAllowed } from './url.js'

/**
 * The response, once its final URL (after the redirects the runtime followed) passes the same scheme
 * rule as the URL asked for (`https:` only unless `allowHttp`). A downgrade is an error naming both
 * URLs: the body is never read. Browsers hide redirects from `redirect: 'manual'`, while every runtime
 * gives `response.url`, so the check reads it.
 */
export function checkRedirect(url: string, res: Response, allowHttp: boolean): Response {
  if (res.url === '' || schemeAllowed(new URL(res.url), allowHttp)) return res
  void res.body?.cancel().catch(() => {})
  throw new HttpError({ url, message: `${url} redirects to ${res.url}: not loaded, ${allowHttp ? 'only http: and https: URLs are' : 'only https: URLs are (allowHttp: true accepts http:)'}`, reason: 'redirect-scheme', params: { url, target: res.url } })
}

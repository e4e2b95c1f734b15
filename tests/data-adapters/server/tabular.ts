/**
 * The data.gouv.fr tabular API for one resource: `/api/resources/{rid}/data/?page=&page_size=`
 * (page_size ≤ 200) → `{ data, links: { next }, meta: { page, page_size, total } }`, rows carrying
 * an `__id`; `column__exact=value` filters. Plus plain files under `/files/` for the CSV path.
 */
import type { Route } from './server.js'

export function tabularRoute(resources: Record<string, Record<string, string | number | null>[]>, files: Record<string, string> = {}): Route {
  return (url) => {
    const file = /^\/files\/(.+)$/.exec(url.pathname)
    if (file) {
      const text = files[file[1]!]
      return text === undefined ? { status: 404, body: 'Not Found' } : { body: text, contentType: 'text/csv; charset=utf-8' }
    }
    const m = /^\/api\/resources\/([^/]+)\/data\/$/.exec(url.pathname)
    if (!m) return undefined
    const all = resources[m[1]!]
    if (!all) return { status: 404, body: { errors: [`Resource ${m[1]} not found`] } }
    const page = Number(url.searchParams.get('page') ?? 1)
    const pageSize = Number(url.searchParams.get('page_size') ?? 20)
    if (!(pageSize >= 1 && pageSize <= 200)) return { status: 400, body: { errors: [`page_size must be at most 200`] } }
    let rows: Record<string, string | number | null>[] = all.map((r, i) => ({ __id: i + 1, ...r }))
    for (const [key, value] of url.searchParams) {
      const f = /^(.+)__exact$/.exec(key)
      if (f) rows = rows.filter((r) => String(r[f[1]!]) === value)
    }
    const slice = rows.slice((page - 1) * pageSize, page * pageSize)
    const next = page * pageSize < rows.length ? new URL(url.href) : null
    next?.searchParams.set('page', String(page + 1))
    return { body: { data: slice, links: { profile: `${url.origin}/api/resources/${m[1]}/profile/`, next: next?.href ?? null, prev: null }, meta: { page, page_size: pageSize, total: rows.length } } }
  }
}

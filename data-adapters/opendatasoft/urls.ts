import type { OpendatasoftQuery } from './options.js'

/**
 * Explore API v2.1 addresses. The records endpoint serves at most 100 records per call and only
 * the first 10,000 of a query (offset + limit ≤ 10,000); the exports endpoint has neither limit.
 */
export const MAX_LIMIT = 100
export const MAX_WINDOW = 10_000

/** The dataset's catalog entry, also the source's name in messages. */
export function catalogUrl(q: Pick<OpendatasoftQuery, 'base' | 'dataset'>): string {
  return `${q.base}/api/explore/v2.1/catalog/datasets/${encodeURIComponent(q.dataset)}`
}

function withQuery(url: string, q: OpendatasoftQuery, extra: Record<string, string>): string {
  const params = new URLSearchParams()
  if (q.select !== undefined) params.set('select', q.select)
  if (q.where !== undefined) params.set('where', q.where)
  if (q.orderBy !== undefined) params.set('order_by', q.orderBy)
  for (const [field, value] of Object.entries(q.refine ?? {})) params.append('refine', `${field}:${value}`)
  for (const [k, v] of Object.entries(extra)) params.set(k, v)
  const search = params.toString()
  return search ? `${url}?${search}` : url
}

export function recordsUrl(q: OpendatasoftQuery, offset: number, limit: number): string {
  return withQuery(`${catalogUrl(q)}/records`, q, { limit: String(limit), offset: String(offset) })
}

export function exportUrl(q: OpendatasoftQuery): string {
  return withQuery(`${catalogUrl(q)}/exports/json`, q, {})
}

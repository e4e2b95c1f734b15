import { DataError } from '../errors.js'
import { fetchJSON, type FetchOptions } from '../http/index.js'
import type { TabularQuery } from './options.js'

/** Pages fetched at once: enough to hide latency, few enough to stay polite to the API. */
const PARALLEL = 4

interface TabularPage {
  data: unknown[]
  meta: { page: number; page_size: number; total: number }
}

/** The resource's data URL, also the source's name in messages. */
export function tabularUrl(q: Pick<TabularQuery, 'base' | 'resource'>): string {
  return `${q.base}/api/resources/${encodeURIComponent(q.resource)}/data/`
}

function pageUrl(q: TabularQuery, page: number): string {
  const params = new URLSearchParams(q.params)
  params.set('page', String(page))
  params.set('page_size', String(q.pageSize))
  return `${tabularUrl(q)}?${params}`
}

function checkPage(body: unknown, url: string): TabularPage {
  const page = body as Partial<TabularPage> | null
  if (typeof page !== 'object' || page === null || !Array.isArray(page.data) || typeof page.meta !== 'object' || page.meta === null || !Number.isInteger(page.meta.total)) {
    throw new DataError(url, 'unexpected response: expected { data, links, meta: { total } }')
  }
  return page as TabularPage
}

/**
 * Every row of a resource from the tabular API. Pages are numbered from `meta.total` rather than
 * followed through `links.next`, so they can be fetched a few at a time; each page must hold what
 * it should and the rows must add up to `meta.total`, or the load fails.
 */
export async function loadTabular(q: TabularQuery, options: FetchOptions): Promise<unknown[]> {
  const firstUrl = pageUrl(q, 1)
  const first = checkPage(await fetchJSON(firstUrl, options), firstUrl)
  const total = first.meta.total
  const expected = (page: number): number => Math.max(0, Math.min(q.pageSize, total - (page - 1) * q.pageSize))
  if (first.data.length !== expected(1)) throw new DataError(firstUrl, `received ${first.data.length} rows where ${expected(1)} were expected`)
  const pages: unknown[][] = [first.data]
  const last = Math.ceil(total / q.pageSize)
  for (let start = 2; start <= last; start += PARALLEL) {
    const batch: Promise<unknown[]>[] = []
    for (let page = start; page < start + PARALLEL && page <= last; page++) {
      batch.push(
        (async () => {
          const url = pageUrl(q, page)
          const body = checkPage(await fetchJSON(url, options), url)
          if (body.meta.total !== total) throw new DataError(url, `the resource changed while it was read (${total} then ${body.meta.total} rows)`)
          if (body.data.length !== expected(page)) throw new DataError(url, `received ${body.data.length} rows where ${expected(page)} were expected`)
          return body.data
        })(),
      )
    }
    pages.push(...(await Promise.all(batch)))
  }
  const rows = pages.flat()
  if (rows.length !== total) throw new DataError(firstUrl, `received ${rows.length} rows where the resource counts ${total}`)
  return rows
}

import { DataError } from '../errors.js'
import { fetchJSON, type FetchOptions } from '../http/index.js'
import type { OpendatasoftQuery } from './options.js'
import { exportUrl, MAX_WINDOW, recordsUrl } from './urls.js'

/** How the records were read, for the report and the tests. */
export type Route = 'records' | 'exports'

/** Pages fetched at once: enough to hide latency, few enough to stay polite to the portal. */
const PARALLEL = 4

interface RecordsPage {
  total_count: number
  results: unknown[]
}

function checkPage(body: unknown, url: string): RecordsPage {
  const page = body as Partial<RecordsPage> | null
  if (typeof page !== 'object' || page === null || !Number.isInteger(page.total_count) || !Array.isArray(page.results)) {
    throw new DataError(url, 'unexpected response: expected { total_count, results }')
  }
  return page as RecordsPage
}

/**
 * Every record of the query. Up to 10,000 records, the records endpoint is paged; beyond, the
 * exports endpoint returns them all in one response. Either way the count must equal `total_count`:
 * a short answer is an error, never a silently truncated indicator.
 */
export async function loadRecords(q: OpendatasoftQuery, options: FetchOptions): Promise<{ records: unknown[]; route: Route }> {
  const firstUrl = recordsUrl(q, 0, q.pageSize)
  const first = checkPage(await fetchJSON(firstUrl, options), firstUrl)
  const total = first.total_count

  if (total > MAX_WINDOW) {
    const url = exportUrl(q)
    const all = await fetchJSON<unknown>(url, options)
    if (!Array.isArray(all)) throw new DataError(url, 'unexpected response: expected a JSON array of records')
    if (all.length !== total) throw new DataError(url, `received ${all.length} records where the query counts ${total}`)
    return { records: all, route: 'exports' }
  }

  const offsets: number[] = []
  for (let offset = q.pageSize; offset < total; offset += q.pageSize) offsets.push(offset)
  const pages: unknown[][] = [first.results]
  for (let i = 0; i < offsets.length; i += PARALLEL) {
    const batch = offsets.slice(i, i + PARALLEL).map(async (offset) => {
      // The last page asks only for what is left, keeping offset + limit within the window.
      const limit = Math.min(q.pageSize, total - offset)
      const url = recordsUrl(q, offset, limit)
      const page = checkPage(await fetchJSON(url, options), url)
      if (page.total_count !== total) throw new DataError(url, `the dataset changed while it was read (${total} then ${page.total_count} records)`)
      if (page.results.length !== limit) throw new DataError(url, `received ${page.results.length} records where ${limit} were asked for`)
      return page.results
    })
    pages.push(...(await Promise.all(batch)))
  }
  const records = pages.flat()
  if (records.length !== total) throw new DataError(firstUrl, `received ${records.length} records where the query counts ${total}`)
  return { records, route: 'records' }
}

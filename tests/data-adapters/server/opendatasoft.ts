/**
 * An Opendatasoft Explore API v2.1 portal, as far as the adapter uses it: catalog entry, records
 * (limit ≤ 100, offset + limit ≤ 10,000, `where` with `field = "value"` clauses joined by `and`,
 * `select` as a list of fields) and `exports/json` (no limit). Errors are `{ error_code, message }`.
 */
import type { Reply, Route } from './server.js'

export type Record_ = Record<string, string | number | null>

export interface FakeDataset {
  metas: { title: string; description?: string; license?: string; modified?: string; publisher?: string }
  records: Record_[]
}

const PREFIX = '/api/explore/v2.1/catalog/datasets/'

const error = (status: number, error_code: string, message: string): Reply => ({ status, body: { error_code, message } })

export function opendatasoftRoute(datasets: Record<string, FakeDataset>): Route {
  return (url) => {
    if (!url.pathname.startsWith(PREFIX)) return undefined
    const [id, endpoint, format, ...rest] = url.pathname.slice(PREFIX.length).split('/')
    const dataset = datasets[decodeURIComponent(id ?? '')]
    if (!dataset) return error(404, 'DatasetNotFound', `Unknown dataset: ${id}`)
    if (endpoint === undefined || endpoint === '') {
      return { body: { dataset_id: id, has_records: dataset.records.length > 0, metas: { default: { ...dataset.metas, records_count: dataset.records.length } }, fields: [] } }
    }
    let rows: Record_[]
    try {
      rows = select(where(dataset.records, url.searchParams.get('where')), url.searchParams.get('select'))
    } catch (e) {
      return error(400, 'ODSQLError', (e as Error).message)
    }
    if (endpoint === 'records' && format === undefined) {
      const limit = Number(url.searchParams.get('limit') ?? 10)
      const offset = Number(url.searchParams.get('offset') ?? 0)
      if (!(limit >= 0 && limit <= 100)) return error(400, 'InvalidRESTParameterError', `Invalid value for limit API parameter: ${limit} was found but -1 <= limit <= 100 is expected.`)
      if (offset + limit > 10_000) return error(400, 'InvalidRESTParameterError', `Invalid value for sum of offset + limit API parameter: ${offset + limit} was found but <= 10000 is expected.`)
      return { body: { total_count: rows.length, results: rows.slice(offset, offset + limit) } }
    }
    if (endpoint === 'exports' && format === 'json' && rest.length === 0) return { body: rows }
    return error(400, 'InvalidRESTParameterError', `Unknown endpoint ${url.pathname}`)
  }
}

function where(rows: Record_[], clause: string | null): Record_[] {
  if (!clause) return rows
  const tests = clause.split(/\s+and\s+/i).map((part) => {
    const m = /^\s*`?(\w+)`?\s*=\s*(?:"([^"]*)"|'([^']*)'|(-?\d+(?:\.\d+)?))\s*$/.exec(part)
    if (!m) throw new Error(`Unsupported where clause: ${part}`)
    const field = m[1]!
    const expected = m[2] ?? m[3] ?? m[4]!
    return (r: Record_) => String(r[field]) === expected
  })
  return rows.filter((r) => tests.every((t) => t(r)))
}

function select(rows: Record_[], fields: string | null): Record_[] {
  if (!fields) return rows
  const keep = fields.split(',').map((f) => f.trim())
  return rows.map((r) => Object.fromEntries(keep.map((k) => [k, r[k] ?? null])))
}

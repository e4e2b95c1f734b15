import { integer, invalid, string, stringRecord } from '../../src/core/options.js'
import type { CsvOptions } from '../csv/index.js'
import { checkFetchOptions, checkUrl, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { checkJoinOptions, type CheckedJoinOptions } from '../options.js'

/**
 * Options of {@link fromDataGouv}: exactly one of `resource` (read through the tabular API) and `url`
 * (the CSV file itself, read like {@link fromCSV}), then the request options and the join.
 */
export interface DataGouvOptions extends Omit<CsvOptions, 'url' | 'text' | 'data'> {
  /** Resource id (`rid`) of a CSV or XLSX resource, read as paged JSON from the tabular API. */
  resource?: string
  /**
   * URL of a CSV file: a resource's `url`, or its stable link `https://www.data.gouv.fr/fr/datasets/r/<rid>`
   * (for files the tabular API does not serve, such as CSV over 100 MB).
   */
  url?: string
  /** Tabular API. Default: `https://tabular-api.data.gouv.fr`. */
  tabular?: string
  /** Filters and sorts of the tabular API, passed as they are (`{ 'annee__exact': '2019' }`). Default: none. */
  params?: Record<string, string>
  /** Rows per page of the tabular API, at most 200. Default: `200`. */
  pageSize?: number
}

export const DEFAULT_TABULAR = 'https://tabular-api.data.gouv.fr'

export interface TabularQuery {
  base: string
  resource: string
  params: Record<string, string>
  pageSize: number
}

/** Checks the tabular options once; throws `invalid <name>: <value>`. */
export function checkTabularOptions(options: DataGouvOptions): { query: TabularQuery; join: CheckedJoinOptions; fetch: FetchOptions } {
  const join = checkJoinOptions(options)
  const fetch = pickFetchOptions(options)
  const { allowHttp } = checkFetchOptions(fetch)
  const resource = string('resource', options.resource) ?? invalid('resource', options.resource, 'expected a resource id')
  if (!/^[\w-]+$/.test(resource)) invalid('resource', resource, 'expected a resource id such as 1c5075ec-7ce1-49cb-ab89-94f507812daf')
  const params = stringRecord('params', options.params) ?? {}
  for (const key of ['page', 'page_size']) if (key in params) invalid('params', options.params, `${key} is set by the adapter`)
  return {
    join,
    fetch,
    query: {
      base: checkUrl(options.tabular ?? DEFAULT_TABULAR, allowHttp, 'tabular').replace(/\/+$/, ''),
      resource,
      params,
      pageSize: integer('pageSize', options.pageSize, 200, { min: 1, max: 200 }),
    },
  }
}

import { integer, invalid, string, stringRecord, boolean } from '../../src/core/options.js'
import { checkFetchOptions, checkUrl, pickFetchOptions, type FetchOptions } from '../http/index.js'
import { checkJoinOptions, type CheckedJoinOptions, type JoinOptions } from '../options.js'

/** Options of {@link fromOpendatasoft}: the query, the request options, then the join. */
export interface OpendatasoftOptions extends JoinOptions, Omit<FetchOptions, 'signal'> {
  /** Portal. Default: `https://data.culture.gouv.fr` (the Ministry of Culture's). */
  base?: string
  /** Dataset identifier, e.g. `frequentation-des-musees-de-france`. Required. */
  dataset: string
  /** ODSQL filter, applied by the server (`annee = 2019`). Default: none. */
  where?: string
  /** Fields to return (`dep, annee, total`): fewer bytes. Default: all fields. */
  select?: string
  /** Sort order (`dep`), passed as `order_by`. Default: the portal's. */
  orderBy?: string
  /** Facet refinements (`{ annee: '2019' }`), passed as `refine=annee:2019`. Default: none. */
  refine?: Record<string, string>
  /** Records per request to the records endpoint, at most 100 (the API's limit). Default: `100`. */
  pageSize?: number
  /** Read the title, description, licence and date of the dataset from its catalog entry. Default: `true`. */
  catalog?: boolean
}

/** The checked query. */
export interface OpendatasoftQuery {
  base: string
  dataset: string
  where: string | undefined
  select: string | undefined
  orderBy: string | undefined
  refine: Record<string, string> | undefined
  pageSize: number
  catalog: boolean
}

export const DEFAULT_BASE = 'https://data.culture.gouv.fr'

/** Checks every option once; throws `invalid <name>: <value>`. */
export function checkOpendatasoftOptions(options: OpendatasoftOptions): { query: OpendatasoftQuery; join: CheckedJoinOptions; fetch: FetchOptions } {
  const join = checkJoinOptions(options)
  const fetch = pickFetchOptions(options)
  const { allowHttp } = checkFetchOptions(fetch)
  const base = checkUrl(options.base ?? DEFAULT_BASE, allowHttp, 'base').replace(/\/+$/, '')
  const dataset = string('dataset', options.dataset) ?? invalid('dataset', options.dataset, 'expected a dataset identifier')
  if (!/^[\w.-]+$/.test(dataset)) invalid('dataset', dataset, 'expected a dataset identifier (letters, digits, - _ .)')
  return {
    join,
    fetch,
    query: {
      base,
      dataset,
      where: string('where', options.where),
      select: string('select', options.select),
      orderBy: string('orderBy', options.orderBy),
      refine: stringRecord('refine', options.refine),
      pageSize: integer('pageSize', options.pageSize, 100, { min: 1, max: 100 }),
      catalog: boolean('catalog', options.catalog, true)!,
    },
  }
}

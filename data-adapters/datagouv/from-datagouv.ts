import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { invalid, string } from '../../src/core/options.js'
import { fromCSV } from '../csv/index.js'
import { joinRows } from '../join/index.js'
import { recordRows } from '../records.js'
import type { LoadOptions, Source } from '../source.js'
import { checkTabularOptions, type DataGouvOptions } from './options.js'
import { loadTabular, tabularUrl } from './tabular.js'

/**
 * A data.gouv.fr resource: by `resource` id through the tabular API (paged JSON, typed values), or
 * by `url` as a CSV file (read by the same parser as {@link fromCSV}). Options are checked now.
 *
 * @example fromDataGouv({ resource: '1c5075ec-7ce1-49cb-ab89-94f507812daf', params: { 'annee__exact': '2019' }, level: 'departement', code: 'dep', value: 'total' })
 */
export function fromDataGouv(options: DataGouvOptions): Source {
  if (typeof options !== 'object' || options === null) return invalid('options', options, 'expected an object')
  const hasUrl = options.url !== undefined
  if (hasUrl === (options.resource !== undefined)) invalid(hasUrl ? 'resource' : 'url', hasUrl ? options.resource : options.url, 'give exactly one of resource and url')
  if (hasUrl) {
    for (const key of ['tabular', 'params', 'pageSize'] as const) if (options[key] !== undefined) invalid(key, options[key], 'applies to resource, not to url')
    const { resource: _resource, tabular: _tabular, params: _params, pageSize: _pageSize, ...csv } = options
    return fromCSV(csv)
  }
  if (options.delimiter !== undefined) invalid('delimiter', options.delimiter, 'applies to url, not to resource')
  const { query, join, fetch } = checkTabularOptions(options)
  const name = string('sourceName', options.sourceName) ?? tabularUrl(query)
  return {
    name,
    async load({ signal }: LoadOptions = {}): Promise<IndicatorTable> {
      const rows = await loadTabular(query, { ...fetch, ...(signal ? { signal } : {}) })
      return joinRows(recordRows(rows, name), join, { source: name, ...(signal ? { signal } : {}) })
    },
  }
}

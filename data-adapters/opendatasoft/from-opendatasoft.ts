import type { IndicatorTable } from '../../src/core/indicator-table.js'
import { joinRows } from '../join/index.js'
import type { LoadOptions, Source } from '../source.js'
import { catalogMeta } from './catalog.js'
import { checkOpendatasoftOptions, type OpendatasoftOptions } from './options.js'
import { loadRecords } from './records.js'
import { recordRows } from '../records.js'
import { catalogUrl } from './urls.js'

/**
 * A dataset of an Opendatasoft portal (Explore API v2.1), by default the Ministry of Culture's
 * `data.culture.gouv.fr`. Options are checked now; each `load()` reads the catalog entry and the
 * records (shared with other widgets asking for the same URLs) and joins them to the registry.
 *
 * @example fromOpendatasoft({ dataset: 'frequentation-des-musees-de-france', where: 'annee = 2019', level: 'departement', code: 'dep', value: 'total', aggregate: 'sum' })
 */
export function fromOpendatasoft(options: OpendatasoftOptions): Source {
  const { query, join, fetch } = checkOpendatasoftOptions(options)
  const name = catalogUrl(query)
  return {
    name,
    async load({ signal }: LoadOptions = {}): Promise<IndicatorTable> {
      // One failure stops the other request too: no orphan download keeps running.
      const local = new AbortController()
      const onAbort = (): void => local.abort(signal!.reason)
      signal?.addEventListener('abort', onAbort, { once: true })
      if (signal?.aborted) local.abort(signal.reason)
      const withSignal = { ...fetch, signal: local.signal }
      try {
        const [defaults, { records }] = await Promise.all([query.catalog ? catalogMeta(name, withSignal) : Promise.resolve({}), loadRecords(query, withSignal)]).catch((e: unknown) => {
          local.abort(e)
          throw signal?.aborted ? signal.reason : e
        })
        return await joinRows(recordRows(records, name), join, { source: name, defaults, ...(signal ? { signal } : {}) })
      } finally {
        signal?.removeEventListener('abort', onAbort)
      }
    },
  }
}

import { joinTable } from '../join/index.js'
import { checkIndicators, unionColumns, type IndicatorColumns, type MultiSource, type SharedJoinOptions } from '../indicators.js'
import type { LoadOptions } from '../source.js'
import { csvReader, joinColumns, type CsvLocation } from './read.js'

/**
 * Options of {@link fromCSVIndicators}: where the CSV is and the territory key, as for `fromCSV`,
 * then one entry per indicator with the options of `fromCSV` that vary per indicator.
 */
export interface CsvIndicatorsOptions extends SharedJoinOptions, CsvLocation {
  /** The indicators, in order; at least one. Each takes `value` and optionally `per`, `scale`, `filter`, `aggregate`, `kind`, `indicator`. */
  indicators: IndicatorColumns[]
}

/**
 * Several indicators of one CSV: the file is fetched, decoded and parsed once per `loadAll()`, then
 * joined once per indicator. Options are checked now, with the same rules as `fromCSV`.
 *
 * @example
 * const source = fromCSVIndicators({
 *   url: '/data/depenses-du-ministere.csv', level: 'departement', name: 'Département',
 *   indicators: [
 *     { value: 'Dépénses Fonctionnement', per: 'Population', indicator: { label: 'Fonctionnement par habitant', unit: '€' } },
 *     { value: 'Dépénses Investissement', per: 'Population', indicator: { label: 'Investissement par habitant', unit: '€' } },
 *   ],
 * })
 * const [fonctionnement, investissement] = await source.loadAll()
 */
export function fromCSVIndicators(options: CsvIndicatorsOptions): MultiSource {
  const { indicators, ...shared } = options
  const joins = checkIndicators(shared, indicators)
  const reader = csvReader(options)
  const read = unionColumns(joins.map(joinColumns))
  return {
    name: reader.name,
    count: joins.length,
    loadAll: (load: LoadOptions = {}) =>
      reader.load(read, load.signal, async (table, context) => {
        const tables = []
        // One after the other: a join is synchronous once the registry is loaded, so nothing is gained in parallel.
        for (const join of joins) tables.push(await joinTable(table, join, context))
        return tables
      }),
  }
}

import { fromCSV } from '../../data-adapters/csv/from-csv.js'
import type { JoinOptions } from '../../data-adapters/options.js'
import type { Source } from '../../data-adapters/source.js'

/** The source of an element's data attributes: its join options, its `src`, and whether `http:` is accepted. */
export type SourceOf = (join: JoinOptions, url: string, allowHttp: boolean) => Source

/**
 * `fromCSV({ ...join, url, allowHttp })`. The script tag's parts read `src` through source-of.parts.ts
 * instead (rollup.config.mjs), without the adapters' checks of options no attribute sets; the npm build
 * and atlas-culture.full.js carry the adapters anyway.
 */
export const csvSourceOf: SourceOf = (join, url, allowHttp) => fromCSV({ ...join, url, allowHttp })

/** `fromJSON({ ...join, url, allowHttp })`, its module fetched on first use. */
export const jsonSourceOf = (): Promise<SourceOf> => import('../../data-adapters/json/from-json.js').then(({ fromJSON }) => (join, url, allowHttp) => fromJSON({ ...join, url, allowHttp }))

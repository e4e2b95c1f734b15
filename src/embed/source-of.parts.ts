import { csvSource } from '../../data-adapters/csv/from-csv.js'
import { csvUrlReader } from '../../data-adapters/csv/read.js'
import { joinRules } from '../../data-adapters/options.js'
import type { SourceOf } from './source-of.js'

// In the script tag's parts, in place of source-of.ts (rollup.config.mjs): what `fromCSV` and
// `fromJSON({ ...join, url, allowHttp })` read, name and fail with (tests/embed/data-source.test.ts),
// without their checks of the options no attribute sets (a text, bytes, a delimiter, a source name,
// timeout, retries…): 0.6 KB gzip on the page of every widget. The join options are the attributes,
// each read by the adapters' own helpers (src/embed/data-attributes.ts): only the rules between them
// are left to check (`joinRules`, not `checkJoinOptions`: 0.5 KB more).

export const csvSourceOf: SourceOf = (join, url, allowHttp) => csvSource(joinRules(join), csvUrlReader(url, allowHttp))

/** The JSON reader, a part of its own (`from-json-url`), fetched on first use. */
export const jsonSourceOf = (): Promise<SourceOf> =>
  import('../../data-adapters/json/from-json-url.js').then(({ jsonUrlSource }) => (join, url, allowHttp) => jsonUrlSource(joinRules(join), url, allowHttp))

import { fromCSV } from '../../data-adapters/csv/from-csv.js'
import type { JoinOptions } from '../../data-adapters/options.js'
import type { Source } from '../../data-adapters/source.js'
import { AtlasError } from '../core/errors.js'
import { OptionError } from '../core/options.js'
import type { IndicatorMeta } from '../core/types.js'
import type { DataAttributes, Format } from './data-attributes.js'

/** Adapter option → the attribute that sets it, to name the attribute in error messages. */
const ATTRIBUTE_OF: Record<string, string> = { url: 'src', padCodes: 'pad-codes', 'indicator.label': 'label', 'indicator.unit': 'unit', 'indicator.source': 'source', 'indicator.year': 'year' }

/**
 * Thrown when the attributes are each valid but do not make a source together: the adapter's
 * {@link OptionError} (code `invalid`, its reason) with the attribute named in place of the option.
 */
export class AttributeError extends AtlasError {
  readonly attribute: string
  constructor(element: string, attribute: string, error: OptionError) {
    super('invalid', `${element} ${attribute}: ${error.message}`, { ...error.params, option: attribute })
    this.name = 'AttributeError'
    this.attribute = attribute
  }
}

/** `json` for a `.json` URL (query and hash ignored), `csv` otherwise. */
export function formatOf(src: string, format: Format | undefined): Format {
  return format ?? (/\.json$/i.test(src.split(/[?#]/)[0]!) ? 'json' : 'csv')
}

/**
 * The adapter source the attributes describe. `src` resolves against the page; plain `http:` is
 * accepted only on a page that is itself `http:` (a local or intranet site: nothing to downgrade).
 * The JSON adapter is fetched only for a JSON source.
 */
export async function dataSource(a: DataAttributes, element: string): Promise<Source> {
  const indicator: Partial<IndicatorMeta> = {}
  if (a.label !== undefined) indicator.label = a.label
  if (a.unit !== undefined) indicator.unit = a.unit
  if (a.source !== undefined) indicator.source = a.source
  if (a.year !== undefined) indicator.year = a.year
  if (a.definition !== undefined) indicator.definition = a.definition
  const join: JoinOptions = {
    level: a.level,
    value: a.value,
    padCodes: a.padCodes,
    indicator,
    ...(a.code !== undefined ? { code: a.code } : {}),
    ...(a.name !== undefined ? { name: a.name } : {}),
    ...(a.per !== undefined ? { per: a.per } : {}),
    ...(a.scale !== undefined ? { scale: a.scale } : {}),
    ...(a.filter !== undefined ? { filter: a.filter } : {}),
    ...(a.aggregate !== undefined ? { aggregate: a.aggregate } : {}),
    ...(a.vintage !== undefined ? { vintage: a.vintage } : {}),
    ...(a.missing !== undefined ? { missing: a.missing } : {}),
    ...(a.kind !== undefined ? { kind: a.kind } : {}),
  }
  const allowHttp = globalThis.location?.protocol === 'http:'
  const adapter = formatOf(a.src, a.format) === 'json' ? (await import('../../data-adapters/json/from-json.js')).fromJSON : fromCSV
  try {
    return adapter({ ...join, url: a.src, allowHttp })
  } catch (error) {
    if (error instanceof OptionError) throw new AttributeError(element, ATTRIBUTE_OF[error.option] ?? error.option, error)
    throw error
  }
}

import type { JoinOptions } from '../../data-adapters/options.js'
import type { Source } from '../../data-adapters/source.js'
import { AtlasError } from '../core/errors.js'
import { OptionError } from '../core/options.js'
import type { DataAttributes, Format } from './data-attributes.js'
import { csvSourceOf, jsonSourceOf } from './source-of.js'

/** Adapter option → the attribute that sets it, to name the attribute in error messages. */
const ATTRIBUTE_OF: Record<string, string> = { url: 'src', padCodes: 'pad-codes', 'indicator.label': 'label', 'indicator.unit': 'unit', 'indicator.source': 'source', 'indicator.year': 'year' }

/**
 * Thrown when the attributes are each valid but do not make a source together: the adapter's
 * {@link OptionError} (code `invalid`, its reason) with the attribute named in place of the option.
 */
export class AttributeError extends AtlasError {
  declare readonly attribute: string
  constructor(element: string, attribute: string, error: OptionError) {
    super('invalid', `${element} ${attribute}: ${error.message}`, { ...error.params, option: attribute })
    this.attribute = attribute
    this.name = 'AttributeError'
  }
}

/** `json` for a `.json` URL (query and hash ignored), `csv` otherwise. */
export function formatOf(src: string, format: Format | undefined): Format {
  return format ?? (/\.json$/i.test(src.split(/[?#]/)[0]!) ? 'json' : 'csv')
}

// The data attributes that are join options, and those that describe the indicator, by name.
const JOIN = 'level code name value per scale filter aggregate padCodes vintage missing kind'.split(' ') as (keyof DataAttributes)[]
const META = 'label unit source year definition'.split(' ') as (keyof DataAttributes)[]

/** The given values of `keys` in `a` (the adapters tell an absent option from none). */
function given(a: DataAttributes, keys: readonly (keyof DataAttributes)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (a[k] !== undefined) out[k] = a[k]
  return out
}

/**
 * The adapter source the attributes describe. `src` resolves against the page; plain `http:` is
 * accepted only on a page that is itself `http:` (a local or intranet site: nothing to downgrade).
 * The JSON adapter is fetched only for a JSON source. `element` names the element in errors (a
 * child: `atlas-table atlas-indicator[2]`).
 */
export async function dataSource(a: DataAttributes, element: string): Promise<Source> {
  const allowHttp = globalThis.location?.protocol === 'http:'
  const adapter = formatOf(a.src, a.format) === 'json' ? await jsonSourceOf() : csvSourceOf
  let source: Source
  try {
    // The adapters' join options: the data attributes but `src` and `format`, the indicator's words apart.
    source = adapter({ ...(given(a, JOIN) as Omit<JoinOptions, 'indicator'>), indicator: given(a, META) }, a.src, allowHttp)
  } catch (error) {
    if (error instanceof OptionError) throw new AttributeError(element, ATTRIBUTE_OF[error.option] ?? error.option, error)
    throw error
  }
  const range = a.range
  if (!range) return source
  // Fetched only by the pages that set `range` (the script tag's one-map page has no bytes for it), while
  // the data load: not a round trip before them.
  return { name: source.name, load: (options) => Promise.all([import('../../data-adapters/range.js'), source.load(options)]).then(([m, table]) => m.withRange(table, range)) }
}

import type { IndicatorMeta } from '../../src/core/types.js'
import { DataError } from '../errors.js'
import { fetchJSON, type FetchOptions } from '../http/index.js'
import { htmlToText } from './html-text.js'

/**
 * Indicator defaults from the dataset's catalog entry (`metas.default`): title → label, description
 * (HTML, reduced to text) → definition, publisher → source, license → licence, modified → modified.
 */
export async function catalogMeta(url: string, options: FetchOptions): Promise<Partial<IndicatorMeta>> {
  const entry = await fetchJSON<unknown>(url, options)
  const metas = (entry as { metas?: { default?: unknown } } | null)?.metas?.default
  if (typeof metas !== 'object' || metas === null) throw new DataError(url, 'catalog entry without metas.default')
  const m = metas as Record<string, unknown>
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined)
  const out: Partial<IndicatorMeta> = {}
  const title = text(m.title)
  const description = text(m.description)
  const publisher = text(m.publisher)
  const license = text(m.license)
  const modified = text(m.modified)
  if (title) out.label = title
  if (description) out.definition = htmlToText(description)
  if (publisher) out.source = publisher
  if (license) out.licence = license
  if (modified && !Number.isNaN(Date.parse(modified))) out.modified = modified
  return out
}

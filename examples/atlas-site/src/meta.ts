// A dataset's meta.json (title, definition, source, year, the columns of each file), fetched once.
import type { IndicatorMeta } from 'atlas-culture'
import { fromCSV, withRange } from 'atlas-culture/data-adapters'
import type { Indicator, SiteLevel } from './catalogue.js'

/** Where the server puts the Deps reference data (scripts/serve.mjs reads ../shared/data in place). */
export const DEPS = '/data/deps/'

/** The Deps' open data licence: meta.json states none, the Atlas Culture publishes under it. */
export const DEFAULT_LICENCE = 'Licence Ouverte / Open Licence 2.0 (Etalab)'

export interface DatasetMeta {
  readonly title: string
  readonly definition: string
  readonly source: string
  readonly year: string
  readonly licence: string
  readonly files: readonly string[]
}

const metas = new Map<string, Promise<DatasetMeta>>()

export function datasetMeta(dataset: string): Promise<DatasetMeta> {
  let p = metas.get(dataset)
  if (!p) {
    p = fetch(`${DEPS}${dataset}/meta.json`).then(async (r) => {
      if (!r.ok) throw new Error(`${dataset}/meta.json: HTTP ${r.status}`)
      const m = (await r.json()) as { title: string; definition?: string; source?: string; année?: string; licence?: string; sheets: Record<string, unknown> }
      return { title: m.title, definition: (m.definition ?? '').replace(/\s+/g, ' ').trim(), source: m.source ?? '', year: m.année ?? '', licence: m.licence ?? DEFAULT_LICENCE, files: Object.keys(m.sheets) }
    })
    metas.set(dataset, p)
    p.catch(() => metas.delete(dataset))
  }
  return p
}

const tables = new Map<string, ReturnType<typeof loadTable>>()

/** The indicator at `level` as an IndicatorTable, through the adapters (cached per indicator and level). */
export function indicatorTable(indicator: Indicator, level: SiteLevel) {
  const key = `${indicator.id}|${level}`
  let p = tables.get(key)
  if (!p) {
    p = loadTable(indicator, level)
    tables.set(key, p)
    p.catch(() => tables.delete(key))
  }
  return p
}

async function loadTable(indicator: Indicator, level: SiteLevel) {
  const source = indicator.levels[level]
  if (!source) throw new Error(`${indicator.id}: no data at level ${level}`)
  const meta = await datasetMeta(indicator.dataset)
  const { file, ...options } = source
  const info: Partial<IndicatorMeta> = {
    id: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    definition: meta.definition,
    source: meta.source,
    year: meta.year,
    licence: meta.licence,
    ...(indicator.categories ? { categories: [...indicator.categories] } : {}),
  }
  const table = await fromCSV({ url: `${DEPS}${indicator.dataset}/${file}`, level, ...options, indicator: info }).load()
  return indicator.range ? withRange(table, indicator.range) : table
}

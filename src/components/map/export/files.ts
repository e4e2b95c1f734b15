import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import { resolveCssColor } from '../../../core/scales/css-colors.js'
import { csvText } from '../../shared/export/csv.js'
import { svgToPng } from '../../shared/export/png.js'
import type { MapModel } from '../compute.js'
import type { ViewGeometry } from '../types.js'
import { exportDocument } from './document.js'
import { exportSize, standaloneSvg } from './svg.js'

/** What a map's files are made of: what the map shows. */
export interface MapFileInput {
  model: MapModel
  geometry: ViewGeometry
  table: IndicatorTable
  lang: Lang
  title: string
  subtitle: string
}

// `host` is the toolbar's element: the page's CSS custom properties are read from it.
const doc = (p: MapFileInput, host: HTMLElement) =>
  exportDocument(p.model, p.geometry, p.table, { lang: p.lang, title: p.title, subtitle: p.subtitle, resolve: (css) => resolveCssColor(host, css) })

/** The map as a PNG image. */
export function mapPng(p: MapFileInput, host: HTMLElement): Promise<Blob> {
  const d = doc(p, host)
  const { width, height } = exportSize(d)
  return svgToPng(standaloneSvg(d), width, height)
}

/** The map as a standalone SVG file. */
export function mapSvg(p: MapFileInput, host: HTMLElement): Blob {
  return new Blob([standaloneSvg(doc(p, host))], { type: 'image/svg+xml;charset=utf-8' })
}

/** The map's values as CSV, in the page's language. */
export function mapCsv(p: MapFileInput, host: HTMLElement): Blob {
  return new Blob([csvText(doc(p, host).rows, { lang: p.lang, unit: p.table.indicator.unit })], { type: 'text/csv;charset=utf-8' })
}

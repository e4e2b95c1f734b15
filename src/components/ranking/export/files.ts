import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import { resolveCssColor } from '../../../core/scales/css-colors.js'
import { sourceLine } from '../../../core/text/source-line.js'
import { csvText, type ExportRow } from '../../shared/export/csv.js'
import { svgToPng } from '../../shared/export/png.js'
import type { RankingModel } from '../compute.js'
import { rankingSvg } from './svg.js'

/** What the chart's files are made of: what the chart shows. */
export interface RankingFileInput {
  model: RankingModel
  table: IndicatorTable
  lang: Lang
  title: string
  subtitle: string
}

// `host` is the toolbar's element: the page's CSS custom properties (class colours) are read from it.
function svg(p: RankingFileInput, host: HTMLElement) {
  const notes = [sourceLine(p.lang, p.table.indicator)].filter(Boolean)
  return rankingSvg(p.model, { title: p.title, subtitle: p.subtitle, notes, lang: p.lang, resolve: (css) => resolveCssColor(host, css) })
}

/** The rows of the CSV: the bars shown, in their order, then the territories without a value and their status. */
export function rankingRows(model: RankingModel): ExportRow[] {
  return [
    ...model.items.flatMap((i) => (i.kind === 'bar' ? [{ code: i.bar.code, name: i.bar.name, value: i.bar.value, status: 'ok' as const }] : [])),
    ...model.missing.flatMap((m) => m.codes.map((code, i) => ({ code, name: m.names[i]!, value: null, status: m.status }))),
  ]
}

/** The chart as a PNG image. */
export function rankingPng(p: RankingFileInput, host: HTMLElement): Promise<Blob> {
  const s = svg(p, host)
  return svgToPng(s.svg, s.width, s.height)
}

/** The chart as a standalone SVG file. */
export function rankingSvgFile(p: RankingFileInput, host: HTMLElement): Blob {
  return new Blob([svg(p, host).svg], { type: 'image/svg+xml;charset=utf-8' })
}

/** What the chart shows as CSV, in the page's language. */
export function rankingCsv(p: RankingFileInput): Blob {
  return new Blob([csvText(rankingRows(p.model), { lang: p.lang, unit: p.table.indicator.unit })], { type: 'text/csv;charset=utf-8' })
}

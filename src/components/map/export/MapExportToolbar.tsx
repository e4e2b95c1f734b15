import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import { resolveCssColor } from '../../../core/scales/css-colors.js'
import type { View } from '../../../core/view.js'
import { csvText } from '../../shared/export/csv.js'
import { ExportToolbar, type ExportChoice, type ExportFormat } from '../../shared/export/ExportToolbar.js'
import { exportFileName } from '../../shared/export/filename.js'
import { svgToPng } from '../../shared/export/png.js'
import type { MapModel } from '../compute.js'
import type { ViewGeometry } from '../types.js'
import { exportDocument } from './document.js'
import { exportSize, standaloneSvg } from './svg.js'
import { TEXTS } from '../../../core/text/table.js'

export interface MapExportToolbarProps {
  model: MapModel
  geometry: ViewGeometry
  table: IndicatorTable
  view: View
  lang: Lang
  title: string
  subtitle: string
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: (file: { format: ExportFormat; filename: string; blob: Blob }) => void
}

/** The map's PNG, SVG and CSV files, through the shared toolbar: built on click, from what the map shows. */
export function MapExportToolbar(props: MapExportToolbarProps) {
  const { lang, table } = props
  const t = TEXTS[lang].export
  const doc = (host: HTMLElement) =>
    exportDocument(props.model, props.geometry, table, { lang, title: props.title, subtitle: props.subtitle, resolve: (css) => resolveCssColor(host, css) })
  const choices: ExportChoice[] = [
    {
      format: 'png',
      description: t.png,
      build: (host) => {
        const d = doc(host)
        const { width, height } = exportSize(d)
        return svgToPng(standaloneSvg(d), width, height)
      },
    },
    { format: 'svg', description: t.svg, build: (host) => new Blob([standaloneSvg(doc(host))], { type: 'image/svg+xml;charset=utf-8' }) },
    { format: 'csv', description: t.csv, build: (host) => new Blob([csvText(doc(host).rows, { lang, unit: table.indicator.unit })], { type: 'text/csv;charset=utf-8' }) },
  ]
  return <ExportToolbar idPrefix={props.model.idPrefix} lang={lang} choices={choices} filename={(f) => exportFileName(table.indicator.id, props.view, f)} onExport={props.onExport} />
}

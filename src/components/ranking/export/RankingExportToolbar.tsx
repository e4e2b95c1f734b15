import { TEXTS } from '../../../core/text/table.js'
import { RANKING_TEXTS } from '../../../core/text/ranking.js'
import type { View } from '../../../core/view.js'
import { ExportToolbar, type ExportChoice, type ExportFormat } from '../../shared/export/ExportToolbar.js'
import { exportFileName } from '../../shared/export/filename.js'
import type { RankingFileInput } from './files.js'

export interface RankingExportToolbarProps extends RankingFileInput {
  view: View
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: ((file: { format: ExportFormat; filename: string; blob: Blob }) => void) | undefined
}

// The file builders (SVG document, PNG rasterising, CSV) are fetched on the first click: the buttons
// show with the chart, what makes the files only when a file is asked for.
const files = () => import('./files.js')

/** The chart's PNG, SVG and CSV of what it shows (bars shown, then the territories without value), through the shared toolbar. */
export function RankingExportToolbar(props: RankingExportToolbarProps) {
  const { lang, table } = props
  const t = TEXTS[lang]
  const choices: ExportChoice[] = [
    { format: 'png', description: RANKING_TEXTS[lang].export.png, build: async (host) => (await files()).rankingPng(props, host) },
    { format: 'svg', description: RANKING_TEXTS[lang].export.svg, build: async (host) => (await files()).rankingSvgFile(props, host) },
    { format: 'csv', description: t.export.csv, build: async () => (await files()).rankingCsv(props) },
  ]
  return <ExportToolbar idPrefix={props.model.idPrefix} lang={lang} choices={choices} filename={(f) => exportFileName(`${table.indicator.id}-classement`, props.view, f)} onExport={props.onExport} />
}

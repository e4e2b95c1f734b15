import type { View } from '../../../core/view.js'
import { ExportToolbar, type ExportChoice, type ExportFormat } from '../../shared/export/ExportToolbar.js'
import { exportFileName } from '../../shared/export/filename.js'
import { TEXTS } from '../../../core/text/table.js'
import type { MapFileInput } from './files.js'

export interface MapExportToolbarProps extends MapFileInput {
  view: View
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: (file: { format: ExportFormat; filename: string; blob: Blob }) => void
}

// The file builders (SVG document, PNG rasterising, CSV) are fetched on the first click: the buttons
// show with the map, what makes the files only when a file is asked for.
const files = () => import('./files.js')

/** The map's PNG, SVG and CSV files, through the shared toolbar: built on click, from what the map shows. */
export function MapExportToolbar(props: MapExportToolbarProps) {
  const { lang, table } = props
  const t = TEXTS[lang].export
  const choices: ExportChoice[] = [
    { format: 'png', description: t.png, build: async (host) => (await files()).mapPng(props, host) },
    { format: 'svg', description: t.svg, build: async (host) => (await files()).mapSvg(props, host) },
    { format: 'csv', description: t.csv, build: async (host) => (await files()).mapCsv(props, host) },
  ]
  return <ExportToolbar idPrefix={props.model.idPrefix} lang={lang} choices={choices} filename={(f) => exportFileName(table.indicator.id, props.view, f)} onExport={props.onExport} />
}

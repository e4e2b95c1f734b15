import type { View } from '../../../core/view.js'
import { TABLE_TEXTS } from '../../../core/text/comparison.js'
import { ExportToolbar, type ExportChoice, type ExportFormat } from '../../shared/export/ExportToolbar.js'
import { exportFileName } from '../../shared/export/filename.js'
import type { TableFileInput } from './files.js'

export interface TableExportToolbarProps extends Omit<TableFileInput, 'texts'> {
  readonly idPrefix: string
  readonly view: View
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  readonly onExport?: ((file: { format: ExportFormat; filename: string; blob: Blob }) => void) | undefined
}

// The CSV builder is fetched on the first click: the button shows with the table, the code that
// writes the file loads only when a file is asked for.
const files = () => import('./files.js')

/** The table's CSV file through the shared toolbar: exactly the rows and columns shown. */
export function TableExportToolbar(props: TableExportToolbarProps) {
  const texts = TABLE_TEXTS[props.lang]
  const choices: ExportChoice[] = [{ format: 'csv', description: texts.csv, build: async () => (await files()).tableCsvBlob({ ...props, texts }) }]
  return <ExportToolbar idPrefix={props.idPrefix} lang={props.lang} choices={choices} filename={(f) => exportFileName('comparaison', props.view, f)} onExport={props.onExport} />
}

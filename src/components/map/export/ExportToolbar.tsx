import { Fragment } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import { resolveCssColor } from '../../../core/scales/css-colors.js'
import type { View } from '../../../core/selection.js'
import type { MapModel } from '../compute.js'
import type { ViewGeometry } from '../types.js'
import { csvText } from './csv.js'
import { exportDocument } from './document.js'
import { downloadBlob } from './download.js'
import { exportFileName } from './filename.js'
import { svgToPng } from './png.js'
import { adoptExportCss } from './styles.js'
import { exportSize, standaloneSvg } from './svg.js'
import { EXPORT_TEXTS } from './texts.js'

type Format = 'png' | 'svg' | 'csv'
const FORMATS: readonly Format[] = ['png', 'svg', 'csv']

export interface ExportToolbarProps {
  model: MapModel
  geometry: ViewGeometry
  table: IndicatorTable
  view: View
  lang: Lang
  title: string
  subtitle: string
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: (file: { format: Format; filename: string; blob: Blob }) => void
}

/** « Télécharger : PNG · SVG · CSV » — the files are built on click, from what the map shows. */
export function ExportToolbar(props: ExportToolbarProps) {
  const t = EXPORT_TEXTS[props.lang]
  const ref = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState('')
  useEffect(() => {
    if (ref.current) adoptExportCss(ref.current)
  }, [])

  const make = async (format: Format): Promise<Blob> => {
    const host = ref.current
    const resolve = host ? (css: string) => resolveCssColor(host, css) : undefined
    const doc = exportDocument(props.model, props.geometry, props.table, { lang: props.lang, title: props.title, subtitle: props.subtitle, ...(resolve ? { resolve } : {}) })
    if (format === 'csv') return new Blob([csvText(doc.rows, { lang: props.lang, unit: props.table.indicator.unit })], { type: 'text/csv;charset=utf-8' })
    const svg = standaloneSvg(doc)
    if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
    const { width, height } = exportSize(doc)
    return svgToPng(svg, width, height)
  }
  const run = async (format: Format) => {
    setFailure('')
    try {
      const blob = await make(format)
      const filename = exportFileName(props.table.indicator.id, props.view, format)
      if (props.onExport) props.onExport({ format, filename, blob })
      else downloadBlob(blob, filename)
    } catch (error) {
      setFailure(`${t.failed}${props.lang === 'fr' ? '\u00a0:' : ':'} ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  return (
    <div ref={ref} class="atlas-map__export" role="group" aria-labelledby={`${props.model.idPrefix}-export`}>
      <span id={`${props.model.idPrefix}-export`}>{t.label}{props.lang === 'fr' ? '\u00a0:' : ':'}</span>
      {FORMATS.map((f, i) => (
        <Fragment key={f}>
          {i > 0 && (
            <span class="atlas-map__export-sep" aria-hidden="true">
              ·
            </span>
          )}
          <button type="button" class="atlas-map__export-button" data-format={f} onClick={() => void run(f)}>
            {f.toUpperCase()}
            <span class="atlas-sr-only"> – {t[f]}</span>
          </button>
        </Fragment>
      ))}
      <span class="atlas-sr-only" role="status">
        {failure}
      </span>
      {failure && (
        <span class="atlas-map__export-error" aria-hidden="true">
          {failure}
        </span>
      )}
    </div>
  )
}

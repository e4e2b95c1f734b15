import { Fragment } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { Lang } from '../../../core/locale.js'
import { adoptCss } from '../styles.js'
import { downloadBlob } from './download.js'
import { exportCss } from './styles.js'
import { labelled } from '../../../core/text/rules.js'
import { TEXTS } from '../../../core/text/table.js'

/** A file format the toolbar offers. */
export type ExportFormat = 'png' | 'svg' | 'csv'

/** One button of the toolbar: its format, what the file holds, and how to build it. */
export interface ExportChoice {
  readonly format: ExportFormat
  /** What the file holds, read after the format's name (« image de la carte »). */
  readonly description: string
  /** Builds the file on click; `host` is the toolbar's element, to read the page's CSS custom properties. */
  readonly build: (host: HTMLElement) => Blob | Promise<Blob>
}

export interface ExportToolbarProps {
  /** Prefix of the toolbar's label id (`<idPrefix>-export`). */
  idPrefix: string
  lang: Lang
  /** The buttons, in order. */
  choices: readonly ExportChoice[]
  /** The file's name for a format. */
  filename: (format: ExportFormat) => string
  /** Receives each file instead of the browser download (tests, hosts that upload). Default: download. */
  onExport?: ((file: { format: ExportFormat; filename: string; blob: Blob }) => void) | undefined
}

/** « Télécharger : PNG · SVG · CSV » — each file is built on click, from what the widget shows. */
export function ExportToolbar(props: ExportToolbarProps) {
  const { lang } = props
  const t = TEXTS[lang].export
  const ref = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState('')
  // Before the first paint: adopted a frame later, the new sheet restyled and laid out the whole widget
  // again (a task of its own after the map's frame, before it showed) and the buttons showed unstyled once.
  useLayoutEffect(() => {
    if (ref.current) adoptCss(ref.current, exportCss)
  }, [])

  const run = async (choice: ExportChoice) => {
    setFailure('')
    try {
      const blob = await choice.build(ref.current!)
      const filename = props.filename(choice.format)
      if (props.onExport) props.onExport({ format: choice.format, filename, blob })
      else downloadBlob(blob, filename)
    } catch (error) {
      setFailure(labelled(lang, t.failed, error instanceof Error ? error.message : String(error)))
    }
  }
  const labelId = `${props.idPrefix}-export`

  return (
    <div ref={ref} class="atlas-map__export" role="group" aria-labelledby={labelId}>
      <span id={labelId}>
        {t.label}
        {TEXTS[lang].colon}
      </span>
      {props.choices.map((c, i) => (
        <Fragment key={c.format}>
          {i > 0 && (
            <span class="atlas-map__export-sep" aria-hidden="true">
              ·
            </span>
          )}
          <button type="button" class="atlas-map__export-button" data-format={c.format} onClick={() => void run(c)}>
            {c.format.toUpperCase()}
            <span class="atlas-sr-only"> – {c.description}</span>
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

import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import { labelled, withUnit } from '../../../core/text/rules.js'
import { TEXTS } from '../../../core/text/table.js'
import { MISSING_BACKGROUND, MISSING_INK, type MissingPattern } from '../../../core/scales/missing-patterns.js'
import type { MissingStatus } from '../../../core/types.js'
import type { MapModel } from '../compute.js'
import { sourceLine } from '../../../core/text/source-line.js'
import type { ViewGeometry } from '../types.js'
import type { ExportRow } from '../../shared/export/csv.js'

/** A legend entry as exported: a colour or a missing-value pattern, a label, a count. */
export interface ExportLegendEntry {
  readonly fill: string
  readonly pattern?: MissingPattern
  readonly label: string
  readonly count: number
}

/** Everything an export shows, with colours resolved (no CSS variables: the file stands alone). */
export interface ExportDocument {
  readonly lang: Lang
  readonly title: string
  readonly subtitle: string
  readonly width: number
  readonly height: number
  readonly shapes: readonly { code: string; d: string; fill: string; status?: MissingStatus }[]
  readonly frames: readonly string[]
  readonly patterns: readonly MissingPattern[]
  readonly ink: string
  readonly background: string
  readonly legendTitle: string
  readonly legend: readonly ExportLegendEntry[]
  /** « Source : Insee, 2018 » and the boundaries' credit. */
  readonly notes: readonly string[]
  readonly rows: readonly ExportRow[]
}

/** `var(--x, #hex)` → `#hex`: the colour when nothing overrides the custom property. */
export function cssFallback(value: string): string {
  const m = /^var\(\s*--[\w-]+\s*,\s*(.*)\)$/s.exec(value.trim())
  return m ? cssFallback(m[1]!) : value
}

/**
 * The export of what the map shows: its shapes in their class colours (`resolve` reads the page's
 * custom properties; default: the built-in colours), its legend, title and source lines, and the
 * rows of the CSV (drawn territories, by name).
 */
export function exportDocument(
  model: MapModel,
  geometry: ViewGeometry,
  table: IndicatorTable,
  options: { lang: Lang; title: string; subtitle: string; resolve?: (css: string) => string },
): ExportDocument {
  const { lang } = options
  const resolve = options.resolve ?? cssFallback
  const colors = model.colors.map((c, i) => resolve(`var(--atlas-class-${i + 1}, ${c})`))
  const statusOf = (code: string): MissingStatus => {
    const s = table.get(code).status
    return s === 'ok' ? 'invalid' : s
  }
  const shapes = geometry.shapes.map((s) => {
    const i = model.classIndex.get(s.code) ?? -1
    return i >= 0 ? { code: s.code, d: s.d, fill: colors[i]! } : { code: s.code, d: s.d, fill: '', status: statusOf(s.code) }
  })
  const t = TEXTS[lang]
  const unit = table.indicator.unit
  return {
    lang,
    title: options.title,
    subtitle: options.subtitle,
    width: geometry.width,
    height: geometry.height,
    shapes,
    frames: geometry.frames,
    patterns: model.patterns,
    ink: resolve(MISSING_INK),
    background: resolve(MISSING_BACKGROUND),
    legendTitle: labelled(lang, withUnit(t.legend, unit), t.methods[model.classification.method].toLowerCase()),
    legend: [
      ...model.classification.classes.map((c, i) => ({ fill: colors[i]!, label: c.label, count: c.count })),
      ...model.patterns.map((p) => ({ fill: '', pattern: p, label: t.statuses[p.status], count: model.missing[p.status] })),
    ],
    notes: [sourceLine(lang, table.indicator), t.credit].filter(Boolean),
    rows: model.byName.map(({ code, name }) => {
      const cell = table.get(code)
      return { code, name, value: cell.value, status: cell.status, category: cell.category }
    }),
  }
}

import type { IndicatorTable } from '../../../core/indicator-table.js'
import type { Lang } from '../../../core/locale.js'
import type { TableTexts } from '../../../core/text/comparison.fr.js'
import { TEXTS } from '../../../core/text/table.js'
import { withUnit } from '../../../core/text/rules.js'
import { csvDocument, type CsvCell } from '../../shared/export/csv.js'
import type { ComparisonModel } from '../compute.js'
import type { ExtraColumn } from '../defaults.js'

/** What the table shows, as its CSV file needs it. */
export interface TableFileInput {
  readonly model: ComparisonModel
  readonly tables: readonly IndicatorTable[]
  /** The extra columns shown (a gap column only when there is a reference). */
  readonly columns: readonly ExtraColumn[]
  readonly lang: Lang
  /**
   * The table's words in `lang` (`TABLE_TEXTS[lang]`), given by the caller: imported here, they would
   * make this chunk import the table's and the table's chunk export a copy of its namespace.
   */
  readonly texts: TableTexts
}

/**
 * The rows shown — the reference row first, then the filtered rows in their sorted order — and the
 * columns shown: code, name, then per indicator its value (unit in the header), its status (`ok`,
 * `secret`…: the reason a value is missing), its rank and its gap when those columns are shown.
 */
export function tableCsv(input: TableFileInput): string {
  const { model, tables, columns, lang, texts: t } = input
  const w = TEXTS[lang]
  const [code, name, , status] = w.export.columns
  const rank = columns.includes('rank')
  const gap = columns.includes('gap') && model.reference !== undefined
  const header = [code, name]
  tables.forEach(({ indicator: { label, unit } }, k) => {
    header.push(withUnit(label, unit), t.of(status, label))
    if (rank) header.push(t.of(t.rank, label))
    if (gap) header.push(t.of(t.gap[model.gapUnits[k]!], label))
  })
  const rows = [...(model.reference ? [model.reference] : []), ...model.rows].map((r) => {
    const out: CsvCell[] = [r === model.reference ? '' : r.code, r.name]
    for (const c of r.cells) {
      out.push(c.category ?? c.value, c.status)
      if (rank) out.push(c.rank ?? null)
      if (gap) out.push(c.gap ?? null)
    }
    return out
  })
  return csvDocument(header, rows, lang)
}

/** The CSV file of {@link tableCsv}. */
export function tableCsvBlob(input: TableFileInput): Blob {
  return new Blob([tableCsv(input)], { type: 'text/csv;charset=utf-8' })
}

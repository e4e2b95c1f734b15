import type { Lang } from '../../../core/locale.js'
import { TEXTS } from '../../../core/text/table.js'
import { withUnit } from '../../../core/text/rules.js'
import type { Status } from '../../../core/types.js'

/** One territory as exported. */
export interface ExportRow {
  readonly code: string
  readonly name: string
  readonly value: number | null
  /** `ok`, or the missing status (`secret`, `not-available`, `not-applicable`, `invalid`). */
  readonly status: Status
  /** The category of a categorical indicator. */
  readonly category?: string | undefined
}

/** Delimiter and decimal mark: what spreadsheets of that language open without an import dialog. */
export const CSV_DIALECTS: Record<Lang, { delimiter: string; decimal: string }> = {
  fr: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
}

/** One cell of a CSV file: text from the data or the widget (escaped), a number (the language's decimal mark), `null` (empty). */
export type CsvCell = string | number | null

/**
 * A table as CSV text (RFC 4180: CRLF, quotes doubled), starting with a byte-order mark so that
 * spreadsheets read UTF-8 accents. French: `;` between fields and `,` before decimals (what French
 * Excel and LibreOffice expect); English: `,` and `.`. Numbers unrounded but for float noise; every
 * text cell goes through {@link inert}.
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[], lang: Lang): string {
  const { delimiter, decimal } = CSV_DIALECTS[lang]
  const cell = (c: CsvCell) => (c === null ? '' : typeof c === 'number' ? field(String(Math.round(c * 1e9) / 1e9).replace('.', decimal), delimiter) : field(inert(c), delimiter))
  const lines = [header, ...rows].map((cells) => cells.map(cell).join(delimiter))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/**
 * The shown values of one indicator as CSV text ({@link csvDocument}): code, name, value, status. The
 * status column keeps the stable codes (`ok`, `secret`…); the unit goes in the value header.
 */
export function csvText(rows: readonly ExportRow[], options: { lang: Lang; unit?: string }): string {
  const [code, name, value, status] = TEXTS[options.lang].export.columns
  const header = [code, name, withUnit(value, options.unit), status]
  return csvDocument(header, rows.map((r) => [r.code, r.name, r.category ?? r.value, r.status]), options.lang)
}

/**
 * Text from the data that a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading apostrophe. Only the numbers this exporter writes itself skip this step, so a text cell such
 * as `-2+3+cmd|' /C calc'!A0` is never taken for a negative number.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** Quotes a field holding the delimiter, a quote or a line break (RFC 4180). */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Numbers as French open data writes them: `12,5`, `1 234,5` (space, U+00A0 or U+202F between groups),
 * `12.5`, `-3`, `1,234.5`, `1.234,5`. Scientific notation, hexadecimal, `Infinity` and any other text
 * are not numbers (`undefined`), never a guess.
 *
 * The decimal separator is decided per column from all its values (see {@link decimalEvidence}):
 * a value is evidence for `,` or `.` when that separator cannot be a thousands separator — it is
 * followed by other than 3 digits (`12,5`, `0.1234`), preceded by more than 3 digits or by a lone `0`
 * (`1234,567`, `0,125`), follows space-grouped digits (`1 234,567`), or comes after groups of the other
 * separator (`1.234,5`, `1,234,567`). Only `1,234` / `1.234` (one separator, 1–3 digits, then exactly
 * 3) is ambiguous; it takes the column's decimal separator when another value shows it, and is an error
 * otherwise.
 */

export type Decimal = ',' | '.'

const PLAIN = /^[-+\u2212]?\d+$/
const ONE_SEPARATOR = /^[-+\u2212]?(\d+)([.,])(\d+)$/
const SPACE_GROUPED = /^[-+\u2212]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:([.,])\d+)?$/
const SEPARATOR_GROUPED = /^[-+\u2212]?\d{1,3}([.,])\d{3}(?:\1\d{3})*(?:([.,])\d+)?$/

/** What one trimmed value says about its column's decimal separator. */
export function decimalEvidence(text: string): Decimal | 'ambiguous' | undefined {
  let m = ONE_SEPARATOR.exec(text)
  if (m) {
    const int = m[1]!
    if (m[3]!.length !== 3 || int.length > 3 || int[0] === '0') return m[2] as Decimal
    return 'ambiguous'
  }
  m = SPACE_GROUPED.exec(text)
  if (m) return m[1] as Decimal | undefined
  m = SEPARATOR_GROUPED.exec(text)
  if (m && m[1] !== m[2]) return m[1] === ',' ? '.' : ','
  return undefined
}

/**
 * The number `text` (trimmed, not a missing marker) stands for, given the column's decimal separator;
 * `undefined` when it is not a number. An ambiguous `1,234` with `decimal` undefined is `undefined`:
 * the caller has checked the column first and reports that case as an error.
 */
export function parseNumber(text: string, decimal: Decimal | undefined): number | undefined {
  const plain = plainInteger(text)
  if (plain === plain) return plain
  if (PLAIN.test(text)) return toNumber(text)
  let m = ONE_SEPARATOR.exec(text)
  if (m) {
    if (m[2] === decimal) return toNumber(`${sign(text)}${m[1]}.${m[3]}`)
    // The other separator can only group thousands.
    if (decimal !== undefined && m[3]!.length === 3 && m[1]!.length <= 3 && m[1]![0] !== '0') return toNumber(`${sign(text)}${m[1]}${m[3]}`)
    return undefined
  }
  m = SPACE_GROUPED.exec(text)
  if (m) {
    if (m[1] !== undefined && m[1] !== decimal) return undefined
    return toNumber(text.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'))
  }
  m = SEPARATOR_GROUPED.exec(text)
  if (m && m[1] !== m[2] && m[1] !== decimal) {
    const grouped = text.split(m[1]!).join('')
    return toNumber(m[2] === ',' ? grouped.replace(',', '.') : grouped)
  }
  return undefined
}

/**
 * The integer a text of plain digits stands for (`131`, `-3`, `+5`, `\u22125`: what {@link PLAIN}
 * matches), for texts of at most 15 digits, exact in a double; `NaN` for any other text. A char-code
 * scan: the fast path of the common cell.
 */
export function plainInteger(text: string): number {
  const n = text.length
  const c0 = text.charCodeAt(0)
  const signed = c0 === 45 || c0 === 43 || c0 === 0x2212
  if (n === 0 || n > (signed ? 16 : 15) || (signed && n === 1)) return NaN
  let v = 0
  for (let k = signed ? 1 : 0; k < n; k++) {
    const c = text.charCodeAt(k) - 48
    if (c < 0 || c > 9) return NaN
    v = v * 10 + c
  }
  return c0 === 45 || c0 === 0x2212 ? -v : v
}

function sign(text: string): string {
  const c = text[0]
  return c === '-' || c === '\u2212' ? '-' : ''
}

function toNumber(text: string): number {
  return Number(text[0] === '\u2212' ? `-${text.slice(1)}` : text)
}

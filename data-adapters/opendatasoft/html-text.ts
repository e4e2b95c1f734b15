/**
 * Catalog descriptions are HTML written by data producers. They are shown as text, so they are
 * reduced to text here, without ever handing them to an HTML parser bound to the page: no markup,
 * script or URL of the source can reach the DOM.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', euro: '€', deg: '°', middot: '·', sup2: '²', sup3: '³',
  times: '×', copy: '©', reg: '®', shy: '', thinsp: '\u2009',
}
function fromEntity(entity: string): string | undefined {
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined
  }
  return NAMED[entity] ?? accented(entity)
}

const MARKS: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', uml: '\u0308', cedil: '\u0327' }

/** `eacute` → `é`, `Ccedil` → `Ç`, `oelig` → `œ`. */
function accented(name: string): string | undefined {
  if (name === 'oelig') return 'œ'
  if (name === 'OElig') return 'Œ'
  if (name === 'aelig') return 'æ'
  if (name === 'AElig') return 'Æ'
  const m = /^([a-zA-Z])(grave|acute|circ|uml|cedil)$/.exec(name)
  return m ? (m[1]! + MARKS[m[2]!]!).normalize('NFC') : undefined
}

/** Decodes character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, entity: string) => fromEntity(entity) ?? whole)
}

/** HTML → plain text: blocks and `<br>` become single line breaks (no blank lines), tags and comments go, entities are decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|iframe|object|svg|math)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|pre)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    // An unclosed tag at the end (cut description) goes too.
    .replace(/<[a-zA-Z/!?][^>]*$/, '')
  return decodeEntities(text)
    .replace(/[ \t\r\f\u00a0]+/g, (s) => (s.includes('\u00a0') ? '\u00a0' : ' '))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim()
}

/** Text of a CSV file, and what had to be guessed to read it. */
export interface Decoded {
  text: string
  warnings: string[]
}

/**
 * Bytes → text. UTF-16 when they start with its byte-order mark (Excel's « Texte Unicode »); UTF-8
 * when the bytes are valid UTF-8 (BOM stripped); otherwise windows-1252, the
 * encoding of spreadsheets saved as CSV on French Windows, with a warning — never U+FFFD in the output
 * (windows-1252 maps every byte to a character).
 */
export function decodeBytes(data: Uint8Array | ArrayBuffer): Decoded {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  // FF FE: UTF-16 little-endian, FE FF: big-endian.
  const bom = bytes[0]! + bytes[1]!
  try {
    return { text: new TextDecoder(bom === 509 ? (bytes[0] === 255 ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true }).decode(bytes), warnings: [] }
  } catch {
    return { text: decodeWindows1252(bytes), warnings: ['the file is not valid UTF-8: read as windows-1252'] }
  }
}

// 0x80–0x9F of windows-1252 (the rest is Latin-1). Decoded by hand: Node 20's TextDecoder reads the
// 'windows-1252' label as Latin-1, which turns « œ » (0x9C) into a control character.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/** Windows-1252 bytes → text; every byte maps to a character (never U+FFFD). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const size = 8192
  const units = new Uint16Array(Math.min(size, bytes.length))
  for (let start = 0; start < bytes.length; start += size) {
    const end = Math.min(start + size, bytes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      units[i - start] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b
    }
    chunks.push(String.fromCharCode(...units.subarray(0, end - start)))
  }
  return chunks.join('')
}

/** Strips the byte-order mark a text may still carry (text pasted or read without a decoder). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Text of a CSV file, and what had to be guessed to read it. */
export interface Decoded {
  text: string
  warnings: string[]
}

/**
 * Bytes → text. UTF-8 when the bytes are valid UTF-8 (BOM stripped); otherwise windows-1252, the
 * encoding of spreadsheets saved as CSV on French Windows, with a warning — never U+FFFD in the output
 * (windows-1252 maps every byte to a character).
 */
export function decodeBytes(data: Uint8Array | ArrayBuffer): Decoded {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warnings: ['the file is not valid UTF-8: read as windows-1252'] }
  }
}

/** Strips the byte-order mark a text may still carry (text pasted or read without a decoder). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

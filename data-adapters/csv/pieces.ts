import { decodeWindows1252 } from './windows-1252.js'

/**
 * A file's text piece by piece: each call gives the next piece, `undefined` once there is none. Read
 * that way, a large file never becomes one string: building one (joining or flattening 50 MB of
 * text) is a single task of a quarter of a second (BENCHMARKS.md, Large CSV files).
 */
export type Pieces = () => string | undefined

/** The warning of a file read as windows-1252. */
export const NOT_UTF8 = 'the file is not valid UTF-8: read as windows-1252'

// Bytes decoded at a time: 256 KB, a few ms.
const CHUNK = 1 << 18

/**
 * Bytes → pieces of text, 256 KB of bytes each. UTF-16 when they start with its byte-order mark
 * (Excel's « Texte Unicode »), else UTF-8, BOM stripped: a piece of bytes that is not valid UTF-8
 * throws {@link NOT_UTF8} (read the file again with `latin`). `latin`: windows-1252, the encoding of
 * spreadsheets saved as CSV on French Windows, which maps every byte to a character (never U+FFFD);
 * a UTF-8 BOM is stripped there too.
 */
export function bytePieces(data: Uint8Array | ArrayBuffer, latin?: boolean): Pieces {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  const utf16 = bytes[0]! + bytes[1]! === 509
  const decoder = latin ? undefined : new TextDecoder(utf16 ? (bytes[0] === 255 ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true })
  // The decoders strip the UTF-8 BOM, windows-1252 would read it as « ï»¿ »: a file with one that turns
  // out not to be UTF-8 (saved from Excel, then edited in an ANSI editor) keeps its first column's name.
  let at = latin && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0
  let done = false
  return () => {
    if (done) return undefined
    let end = Math.min(at + CHUNK, bytes.length)
    // Cut after the chunk's last line feed (in UTF-8 and windows-1252 a 0x0A byte is one): a piece then
    // mostly ends with a record, and the scanner reads it as it is instead of copying it behind the
    // previous piece's end.
    const lf = utf16 || end === bytes.length ? -1 : bytes.subarray(at, end).lastIndexOf(10)
    if (lf > 0) end = at + lf + 1
    const piece = bytes.subarray(at, end)
    at = end
    done = end === bytes.length
    if (!decoder) return decodeWindows1252(piece)
    try {
      return decoder.decode(piece, { stream: !done })
    } catch {
      throw NOT_UTF8
    }
  }
}

/** Strips the byte-order mark a text may still carry (text pasted or read without a decoder). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

import { decodeWindows1252 } from './windows-1252.js'
import { inSlices } from '../slices.js'

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
  return decoding(data)()!
}

/**
 * {@link decodeBytes} 256 KB at a time, in slices of about `sliceMs` (default 40 ms) that give the page
 * the main thread in between; an abort of `signal` between two slices rejects with its reason.
 */
export function decodeBytesInSlices(data: Uint8Array | ArrayBuffer, signal?: AbortSignal, sliceMs?: number): Promise<Decoded> {
  return inSlices(decoding(data), signal, sliceMs)
}

// Bytes decoded between two looks at the clock: 256 KB, a few ms.
const CHUNK = 1 << 18

// A decoding in progress: each call decodes until the bytes end (→ the text) or the deadline passes.
function decoding(data: Uint8Array | ArrayBuffer): (deadline?: number) => Decoded | undefined {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  const decoder = decoderOf(bytes)
  const parts: string[] = []
  let at = 0
  return (deadline = Infinity) => {
    try {
      while (at < bytes.length) {
        const end = Math.min(at + CHUNK, bytes.length)
        parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }))
        at = end
        if (performance.now() > deadline) return undefined
      }
      return { text: parts.join(''), warnings: [] }
    } catch {
      // Not UTF-8 (a fatal decoder throws): windows-1252, with a warning.
      return { text: decodeWindows1252(bytes), warnings: ['the file is not valid UTF-8: read as windows-1252'] }
    }
  }
}

// UTF-16 when the bytes start with its byte-order mark (FF FE: little-endian, FE FF: big-endian), else UTF-8.
function decoderOf(bytes: Uint8Array): TextDecoder {
  const bom = bytes[0]! + bytes[1]!
  return new TextDecoder(bom === 509 ? (bytes[0] === 255 ? 'utf-16le' : 'utf-16be') : 'utf-8', { fatal: true })
}

/** Strips the byte-order mark a text may still carry (text pasted or read without a decoder). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

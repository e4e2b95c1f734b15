import { bytePieces, NOT_UTF8, type Pieces } from './pieces.js'

/** Text of a CSV file, and what had to be guessed to read it. */
export interface Decoded {
  text: string
  warnings: string[]
}

/** Bytes → text, decoded as {@link bytePieces} does: UTF-8 or UTF-16, else windows-1252 with a warning. */
export function decodeBytes(data: Uint8Array | ArrayBuffer): Decoded {
  try {
    return { text: joined(bytePieces(data)), warnings: [] }
  } catch {
    return { text: joined(bytePieces(data, true)), warnings: [NOT_UTF8] }
  }
}

function joined(next: Pieces): string {
  let text = ''
  for (let piece; (piece = next()) !== undefined; ) text += piece
  return text
}

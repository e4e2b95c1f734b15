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

// The script-tag builds' windows-1252 decoder (see rollup.config.mjs): browsers decode the label as the
// Encoding Standard says, 0x80–0x9F included, so the table of windows-1252.ts need not ship.

/** Windows-1252 bytes → text; every byte maps to a character (never U+FFFD). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes)
}

/** The text of a `data:` URL (base64 or percent-encoded), read as UTF-8. */
export function dataUrlText(url: string): string {
  return new TextDecoder().decode(dataUrlBytes(url))
}

/** The bytes of a `data:` URL (base64 or percent-encoded). */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',')
  if (!url.startsWith('data:') || comma < 0) throw new Error(`not a data: URL: ${url.slice(0, 40)}`)
  const body = url.slice(comma + 1)
  if (/;base64$/i.test(url.slice(0, comma))) return Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
  // Escape by escape: `%FF` is the byte 255, which decodeURIComponent refuses (not UTF-8); literal text is UTF-8.
  return Uint8Array.from(body.split(/(%[\da-f]{2})/i).flatMap((s, i) => (i % 2 ? [parseInt(s.slice(1), 16)] : [...new TextEncoder().encode(s)])))
}

/** The text of a `file:` URL, read from disk (Node). */
export async function fileText(url: string): Promise<string> {
  // Variable specifier: bundlers for the browser must not try to resolve a Node built-in.
  const fsName = 'node:fs/promises'
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
  return fs.readFile(new URL(url), 'utf8')
}

/** The bytes of a `file:` URL, read from disk (Node). */
export async function fileBytes(url: string): Promise<ArrayBuffer> {
  const fsName = 'node:fs/promises'
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
  const b = await fs.readFile(new URL(url))
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}

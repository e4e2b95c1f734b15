// Variable specifier: bundlers for the browser must not try to resolve a Node built-in.
const FS = 'node:fs/promises'
const nodeFs = async () => (await import(/* @vite-ignore */ FS)) as typeof import('node:fs/promises')

/** The text of a `file:` URL, read from disk (Node). */
export async function fileText(url: string): Promise<string> {
  return (await nodeFs()).readFile(new URL(url), 'utf8')
}

/** The bytes of a `file:` URL, read from disk (Node). */
export async function fileBytes(url: string): Promise<ArrayBuffer> {
  const b = await (await nodeFs()).readFile(new URL(url))
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}

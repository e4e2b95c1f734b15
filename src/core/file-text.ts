/** The text of a `file:` URL, read from disk (Node). */
export async function fileText(url: string): Promise<string> {
  // Variable specifier: bundlers for the browser must not try to resolve a Node built-in.
  const fsName = 'node:fs/promises'
  const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
  return fs.readFile(new URL(url), 'utf8')
}

/**
 * Where the shipped files (TopoJSON, lazily loaded registry files) are found, and how they are read.
 *
 * Default base: the folder of the built module (`dist/`), from `import.meta.url`; in the script-tag
 * bundle that is the script's own URL, so a page under a strict CSP fetches geometry from where it
 * loaded the script (`connect-src 'self'`). Hosts that serve the files elsewhere call
 * {@link setAssetBase}. In Node, `file:` URLs are read from disk.
 */
let base: string | undefined

/** Overrides the base URL of the shipped assets (must end with `/`). */
export function setAssetBase(url: string | URL): void {
  const s = String(url)
  base = s.endsWith('/') ? s : `${s}/`
}

/** The base URL in force. */
export function assetBase(): string {
  return base ?? new URL('./', import.meta.url).href
}

/** Absolute URL of a shipped asset, e.g. `assetUrl('geo/france.topo.json')`. */
export function assetUrl(path: string): string {
  return new URL(path, assetBase()).href
}

const inflight = new Map<string, Promise<unknown>>()

/**
 * Reads a JSON asset once per URL: concurrent callers share one request and failures are not kept.
 * The shared request carries no caller's signal — one widget leaving the page must not fail the
 * others waiting on the same file — so `signal` only rejects this caller's promise.
 */
export function loadAsset<T>(path: string, signal?: AbortSignal): Promise<T> {
  const url = assetUrl(path)
  let p = inflight.get(url) as Promise<T> | undefined
  if (!p) {
    p = readJson<T>(url)
    inflight.set(url, p)
    p.catch(() => inflight.delete(url))
  }
  return signal ? abortable(p, signal) : p
}

/** `p`, rejected early with `signal.reason` if `signal` aborts first (the underlying work goes on). */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

async function readJson<T>(url: string): Promise<T> {
  if (url.startsWith('file:')) {
    // Variable specifier: bundlers for the browser must not try to resolve a Node built-in.
    const fsName = 'node:fs/promises'
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
    return JSON.parse(await fs.readFile(new URL(url), 'utf8')) as T
  }
  const res = await fetch(url)
  if (!res.ok) throw new Error(`cannot load ${url}: HTTP ${res.status}`)
  return (await res.json()) as T
}

import { assetError, bundledAssetUrl, localBytes, localText } from './asset-urls.js'
// Through this module: rollup.config.mjs swaps the module it imports by build.
export { assetError } from './asset-urls.js'

/**
 * Where the shipped files (TopoJSON, lazily loaded registry files) are found, and how they are read.
 *
 * Default: beside the built module (`dist/`), from `import.meta.url`. The npm build names each file
 * with a literal URL relative to the module (see `asset-urls.dist.ts`) so that bundlers
 * (Vite, Rollup, webpack) copy the files into a production build; in the script-tag bundle the base is
 * the script's own URL, so a page under a strict CSP fetches geometry from where it loaded the script
 * (`connect-src 'self'`). Hosts that serve the files elsewhere call {@link setAssetBase}. In Node,
 * `file:` URLs are read from disk (`asset-urls.ts`).
 */
let base: string | undefined

/**
 * Overrides where the shipped assets are read from: a URL, or in a page a path resolved against the
 * document (`setAssetBase('/atlas/dist/')`); a missing final `/` is added.
 */
export function setAssetBase(url: string | URL): void {
  const href = new URL(String(url), (globalThis as { document?: { baseURI?: string } }).document?.baseURI).href
  base = href.endsWith('/') ? href : `${href}/`
}

/** The base URL in force (the folder of the module unless {@link setAssetBase} was called). */
export function assetBase(): string {
  return base ?? new URL('./', import.meta.url).href
}

/** Absolute URL of a shipped asset, e.g. `assetUrl('geo/france.topo.json')`. */
export function assetUrl(path: string): string {
  if (base === undefined) {
    const bundled = bundledAssetUrl(path)
    if (bundled) return bundled.href
  }
  return new URL(path, assetBase()).href
}

const inflight = new Map<string, Promise<unknown>>()

/**
 * Reads a JSON asset (or, by `read`, another kind) once per URL: concurrent callers share one request and failures are not kept.
 * The shared request carries no caller's signal — one widget leaving the page must not fail the
 * others waiting on the same file — so `signal` only rejects this caller's promise.
 */
export function loadAsset<T>(path: string, signal?: AbortSignal, read: (url: string) => Promise<T> = readJson): Promise<T> {
  const url = assetUrl(path)
  let p = inflight.get(url) as Promise<T> | undefined
  if (!p) {
    p = read(url)
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

/** The text of an asset or, with `bytes`, its bytes (binary geometry, `.xy.bin`); a failed request is an `asset` error. */
export async function readAssetBody(url: string, bytes?: boolean): Promise<string | ArrayBuffer> {
  const local = bytes ? localBytes(url) : localText(url)
  if (local) return local
  const res = await fetch(url)
  if (!res.ok) throw assetError(url, `HTTP ${res.status}`)
  return bytes ? res.arrayBuffer() : res.text()
}

async function readJson<T>(url: string): Promise<T> {
  const text = (await readAssetBody(url)) as string
  // A production server without the files answers with its index.html: say what to do, not « Unexpected token '<' ».
  try {
    return JSON.parse(text) as T
  } catch {
    throw assetError(url, /^\s*</.test(text) ? 'HTML' : 'JSON')
  }
}

/**
 * Responses shared by URL: two widgets asking for the same URL make one request. In-flight requests
 * and completed bodies are kept; failures are dropped so that the next call tries again. The shared
 * request is aborted only when every caller waiting for it has aborted, so removing one widget never
 * breaks its neighbour.
 */
interface Entry {
  readonly promise: Promise<Uint8Array>
  readonly controller: AbortController
  waiting: number
  done: boolean
}

/** Completed bodies kept, least recently used dropped first. */
const KEPT = 32

const entries = new Map<string, Entry>()

/** Forgets every kept response (in-flight requests go on for the callers already waiting). */
export function clearHttpCache(): void {
  entries.clear()
}

export function shared(url: string, signal: AbortSignal | undefined, load: (signal: AbortSignal) => Promise<Uint8Array>): Promise<Uint8Array> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  let entry = entries.get(url)
  if (entry?.done) {
    entries.delete(url)
    entries.set(url, entry)
    return entry.promise
  }
  if (!entry) {
    const controller = new AbortController()
    const created: Entry = { promise: load(controller.signal), controller, waiting: 0, done: false }
    created.promise.then(
      () => {
        created.done = true
        trim()
      },
      () => {
        if (entries.get(url) === created) entries.delete(url)
      },
    )
    entries.set(url, created)
    entry = created
  }
  return follow(url, entry, signal)
}

function follow(url: string, entry: Entry, signal: AbortSignal | undefined): Promise<Uint8Array> {
  entry.waiting++
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      entry.waiting--
      reject(signal!.reason)
      if (entry.waiting === 0 && !entry.done) {
        if (entries.get(url) === entry) entries.delete(url)
        entry.controller.abort(signal!.reason)
      }
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const settled =
      <T,>(settle: (x: T) => void) =>
      (x: T): void => {
        signal?.removeEventListener('abort', onAbort)
        entry.waiting--
        settle(x)
      }
    entry.promise.then(settled(resolve), settled(reject))
  })
}

function trim(): void {
  // The oldest completed bodies beyond KEPT (in-flight requests are never dropped).
  for (const [url] of [...entries].filter(([, e]) => e.done).slice(0, -KEPT)) entries.delete(url)
}

import { isLoaded } from './store.js'

const inflight = new Map<'epci' | 'commune', Promise<void>>()

/**
 * Loads the EPCI or commune registry (`registry/epci.json`, `registry/communes.json` beside the module,
 * see `setAssetBase`). Idempotent: concurrent callers share one request; a failed load can be retried.
 * EPCI need the communes (their members), so `'epci'` loads both. The code that reads the files
 * (./load-level.ts) is fetched with them: a page without communes or EPCI never needs it.
 */
export function loadTerritories(level: 'epci' | 'commune', signal?: AbortSignal): Promise<void> {
  if (level !== 'epci' && level !== 'commune') return Promise.reject(new Error(`invalid level: ${JSON.stringify(level)} (only epci and commune are loaded lazily)`))
  if (isLoaded(level)) return Promise.resolve()
  let p = inflight.get(level)
  if (!p) {
    p = import('./load-level.js').then((m) => m.loadLevel(level, signal))
    inflight.set(level, p)
    p.then(
      () => inflight.delete(level),
      () => inflight.delete(level),
    )
  }
  return p
}

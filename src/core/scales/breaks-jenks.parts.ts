// The script tag's parts build uses this module for breaks-jenks.ts (rollup.config.mjs): the natural
// breaks (0.35 KB gzip) are fetched when an element first asks for `method="jenks"`, not before every
// first paint (quantiles are the default). Same exports as breaks-jenks.ts.
import type { jenksBreaks as jenksOf } from './breaks-jenks.js'

let jenks: typeof jenksOf | undefined
let loading: Promise<void> | undefined

/** Jenks natural breaks (breaks-jenks.ts), once {@link jenksReady} has resolved: the elements wait for it. */
export const jenksBreaks: typeof jenksOf = (sorted, k) => jenks!(sorted, k)

/** Resolves once {@link jenksBreaks} can run; a failed fetch is tried again on the next call. */
export function jenksReady(): Promise<void> {
  return (loading ??= import('./breaks-jenks.js').then(
    (m) => void (jenks = m.jenksBreaks),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  ))
}

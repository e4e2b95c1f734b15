/** Time a slice of work may take before the page gets the main thread back (a long task is 50 ms). */
export const SLICE_MS = 40

/**
 * Runs `step` until it returns a result, giving the page the main thread between calls and checking
 * `signal` there. `step` is work that stops by itself when `performance.now()` passes the deadline it is
 * given, returning `undefined` to be called again.
 */
export async function inSlices<T>(step: (deadline: number) => T | undefined, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const result = step(performance.now() + sliceMs)
    if (result !== undefined) return result
    await nextTask()
    signal?.throwIfAborted()
  }
}

// `scheduler.yield()` where the browser has it (input and painting run, then this work resumes ahead of
// other tasks); a timer elsewhere. Also the map element's turn between its data and its first render.
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve))

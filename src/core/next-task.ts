/**
 * Resolves in a later task of the event loop (a timer): the work after it is a task of its own, so that
 * no task of a map that loads runs long (issue #10: none over 50 ms). Not `scheduler.yield()`, whose
 * turn runs before the tasks queued meanwhile: 30 B more on every page, the same layouts and painted
 * time in the benchmark (BENCHMARKS.md, thirteenth session).
 */
export const nextTask = (): Promise<unknown> => new Promise((r) => setTimeout(r))

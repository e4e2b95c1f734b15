import type * as Slices from '../../data-adapters/slices.js'

/** What a test sees of the slices: how many ran, and a hook called after each (e.g. to abort at the n-th). */
export interface SeenSlices {
  count: number
  after: (n: number) => void
}

/**
 * data-adapters/slices.js with an `inSlices` whose every slice ends at its first look at the clock
 * (a deadline already passed), counted in `seen`: for `vi.mock` of that module.
 */
export function atEveryLook(mod: typeof Slices, seen: SeenSlices): typeof Slices {
  return {
    ...mod,
    inSlices: (step, signal) =>
      mod.inSlices(
        (deadline) => {
          const result = step(deadline)
          seen.after(++seen.count)
          return result
        },
        signal,
        -1,
      ),
  }
}

import type { OptionError } from '../../src/core/options.js'

/** What `f` returns, or the option error it throws as `[name, option, message]`: to compare two checks of one input. */
export function returnedOrOptionError<T>(f: () => T): T | [string, string, string] {
  try {
    return f()
  } catch (e) {
    return [(e as OptionError).name, (e as OptionError).option, (e as Error).message]
  }
}

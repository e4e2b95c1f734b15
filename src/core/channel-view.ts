// What page-channel.ts and page-channel.parts.ts share: the view as copies of the library exchange it,
// and the registry's key.

/**
 * A view as the channel carries it: the library's `View` in a form fixed by the protocol, since copies
 * of other versions read and write it (a level unknown to this copy is shown as a level without data).
 */
export interface ChannelView {
  readonly level: string
  readonly within: { readonly level: string; readonly code: string } | null
}

/** Where the page keeps the registry: a symbol shared by every copy, never a global name. */
export const KEY = Symbol.for('atlas-culture.groups@1')

/** Views are equal when they show the same level in the same area. */
export function sameView(a: ChannelView | null, b: ChannelView | null): boolean {
  if (a === b) return true
  if (!a || !b || a.level !== b.level) return false
  return a.within === b.within || (!!a.within && !!b.within && a.within.level === b.within.level && a.within.code === b.within.code)
}

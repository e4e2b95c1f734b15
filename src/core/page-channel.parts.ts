// The script tag's parts build uses this module for page-channel.ts where selection.ts imports it
// (rollup.config.mjs): the loader (atlas-culture.min.js), which runs before any part is fetched, writes
// the page-wide registry when it starts (src/embed/index.ts), or finds the one another copy wrote; the
// parts read it there instead of carrying the registry's code a second time. Same exports as
// selection.ts uses of page-channel.ts.
// Nothing of page-channel.ts is imported at run time: its code stays in the loader.
import { KEY } from './channel-view.js'
import type { GroupChannel, Registry } from './page-channel.js'

export { sameView, type ChannelView } from './channel-view.js'
export type { GroupChannel, GroupState } from './page-channel.js'

const registry = () => (globalThis as unknown as Record<symbol, Registry>)[KEY]!

/** {@link import('./page-channel.js').groupChannel}, on the registry the loader wrote or found. */
export function groupChannel(name: string): GroupChannel {
  return registry().channel(name)
}

/** {@link import('./page-channel.js').joinChannel}, on the registry the loader wrote or found. */
export function joinChannel(name: string): readonly [GroupChannel, () => void] {
  const r = registry()
  return r.join ? r.join(name) : [r.channel(name), () => {}]
}

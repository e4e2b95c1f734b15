// Script-tag entry (dist/atlas-culture.min.js, global `AtlasCulture`): a small loader. It defines each
// custom element when the page first uses it, fetching the element's code from ES chunks beside the
// script (dist/atlas-culture.*.js, found from the script's own URL), and exposes a small scripting
// API. Pages that script the library (geometry, adapters, scales…) load atlas-culture.full.js (full.ts).
// A second copy of the script, or another version, defines nothing twice and throws nothing.
import { pageRegistry } from '../core/page-channel.js'
import { defineOnUse } from './define-on-use.js'
import { ELEMENTS } from './elements.js'

export { version } from './version.js'
export type { AtlasMapElement, AtlasPortraitElement, AtlasRankingElement, AtlasTableElement } from './tags.js'
export type { AtlasIndicatorAttributes, AtlasIntrinsicElements, AtlasMapAttributes, AtlasPortraitAttributes, AtlasRankingAttributes, AtlasTableAttributes } from './tags.js'
export { groupChannel as group } from '../core/page-channel.js'

let configured: Promise<unknown> = Promise.resolve()

/**
 * Where the shipped files (geometry, registry) are read from, for every element of this copy:
 * by default the folder of the script.
 */
export function setAssetBase(url: string | URL): void {
  const base = String(url)
  configured = import('../core/assets.js').then((m) => m.setAssetBase(base))
}

// The page-wide registry of groups, written (or found) before any part runs: the parts read it
// (src/core/page-channel.parts.ts) rather than carry its code.
pageRegistry()
defineOnUse(ELEMENTS, () => configured)

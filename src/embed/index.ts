// Script-tag entry (dist/atlas-culture.min.js, global `AtlasCulture`): a small loader. It defines each
// custom element when the page first uses it, fetching the element's code from ES chunks beside the
// script (dist/atlas-culture.*.js, found from the script's own URL), and exposes a small scripting
// API. Pages that script the library (geometry, adapters, scales…) load atlas-culture.full.js (full.ts).
// A second copy of the script, or another version, defines nothing twice and throws nothing.
import { pageRegistry } from '../core/page-channel.js'
import { defineOnUse } from './define-on-use.js'
import { ELEMENTS } from './elements.js'
import { prefetch } from './prefetch.js'

export { version } from './version.js'
export type { AtlasMapElement, AtlasPortraitElement, AtlasRankingElement, AtlasTableElement } from './tags.js'
export type { AtlasIndicatorAttributes, AtlasIntrinsicElements, AtlasMapAttributes, AtlasPortraitAttributes, AtlasRankingAttributes, AtlasTableAttributes } from './tags.js'
export { groupChannel as group } from '../core/page-channel.js'

let configured: Promise<unknown> = Promise.resolve()
// The national geometry (pre-projected régions and départements), where the parts read it unless the page moves the assets: beside the script
// (import.meta.url is the script's URL in the script-tag build), or wherever an application's bundler
// puts it (the npm build names it the same way, src/core/asset-urls.dist.ts).
let geometry: string | undefined = new URL('./geo/france.xy.bin', import.meta.url).href

/**
 * Where the shipped files (geometry, registry) are read from, for every element of this copy:
 * by default the folder of the script.
 */
export function setAssetBase(url: string | URL): void {
  const base = String(url)
  geometry = undefined
  configured = import('../core/assets.js').then((m) => m.setAssetBase(base))
}

// The page-wide registry of groups, written (or found) before any part runs: the parts read it
// (src/core/page-channel.parts.ts) rather than carry its code.
pageRegistry()
defineOnUse(
  ELEMENTS,
  () => configured,
  (tag) => {
    prefetch(document.querySelectorAll(tag), geometry)
    // The page's first collator costs 15–45 ms (the browser loads its collation data), and the widgets
    // sort names as they first draw: made now, while the element's code and data are on their way.
    ;(globalThis.requestIdleCallback ?? setTimeout)(() => new Intl.Collator())
  },
)

import type { AtlasMapElement } from './atlas-map.js'
import type { AtlasPortraitElement } from './atlas-portrait.js'
import type { AtlasRankingElement } from './atlas-ranking.js'
import type { AtlasTableElement } from './atlas-table.js'

// Typed `document.querySelector('atlas-map')`, `createElement('atlas-map')` and their events for
// TypeScript users of the script tag or of `atlas-culture/embed`; nothing at run time.
declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMapElement
    'atlas-ranking': AtlasRankingElement
    'atlas-table': AtlasTableElement
    'atlas-portrait': AtlasPortraitElement
  }
}

export type { AtlasMapElement, AtlasPortraitElement, AtlasRankingElement, AtlasTableElement }

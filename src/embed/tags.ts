import type { AtlasMapElement } from './atlas-map.js'
import type { AtlasRankingElement } from './atlas-ranking.js'

// Typed `document.querySelector('atlas-map')`, `createElement('atlas-map')` and their events for
// TypeScript users of the script tag or of `atlas-culture/embed`; nothing at run time.
declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMapElement
    'atlas-ranking': AtlasRankingElement
  }
}

export type { AtlasMapElement, AtlasRankingElement }

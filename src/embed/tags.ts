import type { HTMLAttributes } from 'preact'
import type { AtlasMapElement } from './atlas-map.js'
import type { AtlasPortraitElement } from './atlas-portrait.js'
import type { AtlasRankingElement } from './atlas-ranking.js'
import type { AtlasTableElement } from './atlas-table.js'
import type { AtlasIndicatorAttributes, AtlasMapAttributes, AtlasPortraitAttributes, AtlasRankingAttributes, AtlasTableAttributes } from './attributes.generated.js'

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

type Common = { id?: string; class?: string; className?: string; children?: unknown }

/**
 * The elements as JSX tags, with their attributes (values and defaults in docs/reference.md). Preact
 * apps get them by importing `atlas-culture/embed`; a React app declares them once:
 * `declare module 'react' { namespace JSX { interface IntrinsicElements extends AtlasIntrinsicElements {} } }`.
 */
export interface AtlasIntrinsicElements {
  'atlas-map': AtlasMapAttributes & Common
  'atlas-ranking': AtlasRankingAttributes & Common
  'atlas-table': AtlasTableAttributes & Common
  'atlas-portrait': AtlasPortraitAttributes & Common
  'atlas-indicator': AtlasIndicatorAttributes & Common
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'atlas-map': HTMLAttributes<AtlasMapElement> & AtlasMapAttributes
      'atlas-ranking': HTMLAttributes<AtlasRankingElement> & AtlasRankingAttributes
      'atlas-table': HTMLAttributes<AtlasTableElement> & AtlasTableAttributes
      'atlas-portrait': HTMLAttributes<AtlasPortraitElement> & AtlasPortraitAttributes
      'atlas-indicator': HTMLAttributes<HTMLElement> & AtlasIndicatorAttributes
    }
  }
}

export type { AtlasMapElement, AtlasPortraitElement, AtlasRankingElement, AtlasTableElement }
export type { AtlasIndicatorAttributes, AtlasMapAttributes, AtlasPortraitAttributes, AtlasRankingAttributes, AtlasTableAttributes }

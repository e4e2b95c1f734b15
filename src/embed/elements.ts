/**
 * The elements the script tag defines, one line each: tag → its class, in a part of its own that is
 * fetched when the first such element appears on the page (see {@link defineOnUse}). A page with
 * only a map downloads only the map's code.
 */
export const ELEMENTS: Readonly<Record<string, () => Promise<CustomElementConstructor>>> = {
  'atlas-map': () => import('./atlas-map.js').then((m) => m.AtlasMapElement),
  'atlas-ranking': () => import('./atlas-ranking.js').then((m) => m.AtlasRankingElement),
}

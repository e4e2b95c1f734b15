/**
 * The elements the script tag defines, one line each: tag → its class, in a part of its own that is
 * fetched when the first such element appears on the page (see {@link defineOnUse}). A page with
 * only a map downloads only the map's code. Each part exports its class as `element`, read by
 * destructuring: rollup then keeps no namespace object of the part for the loader.
 */
export const ELEMENTS: Readonly<Record<string, () => Promise<CustomElementConstructor>>> = {
  'atlas-map': () => import('./atlas-map.js').then(({ element }) => element),
  'atlas-ranking': () => import('./atlas-ranking.js').then(({ element }) => element),
  'atlas-table': () => import('./atlas-table.js').then(({ element }) => element),
  'atlas-portrait': () => import('./atlas-portrait.js').then(({ element }) => element),
}

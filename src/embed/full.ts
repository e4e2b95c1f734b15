// Script-tag entry for pages that script the library (dist/atlas-culture.full.js, global
// `AtlasCulture`): the elements of the small bundle plus the whole public API — components, core
// helpers and every data adapter. No size budget beyond its own; CMS pages use atlas-culture.min.js.
export * from './index.js'
export * from '../index.js'
export * from '../../data-adapters/index.js'

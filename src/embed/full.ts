// Script-tag entry for pages that script the library (dist/atlas-culture.full.js, global
// `AtlasCulture`): the elements, defined on use like in the small bundle but from code already in
// this file, plus the whole public API — components, core helpers and every data adapter. No size
// budget beyond its own; CMS pages use atlas-culture.min.js.
import { defineOnUse } from './define-on-use.js'
import { ELEMENTS } from './elements.js'

export * from '../index.js'
export * from '../../data-adapters/index.js'
export { version } from './version.js'
export { groupChannel as group } from '../core/page-channel.js'
export { AtlasMapElement } from './atlas-map.js'
export { AtlasRankingElement } from './atlas-ranking.js'
export { AtlasTableElement } from './atlas-table.js'
export { AtlasPortraitElement } from './atlas-portrait.js'

defineOnUse(ELEMENTS)

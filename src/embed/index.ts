// Script-tag entry (dist/atlas-culture.min.js, global `AtlasCulture`): defines the custom elements and
// exposes a small scripting API only, so that the bundle keeps just what the elements use. Pages that
// script the library (geometry, adapters, scales…) load dist/atlas-culture.full.js instead (full.ts).
// Widgets register themselves here as they land; a second copy of the script defines nothing.
import { defineElement } from './define.js'
import { AtlasMapElement } from './atlas-map.js'

export { version } from './version.js'
export { setAssetBase } from '../core/assets.js'
export { selectionGroup } from '../core/selection.js'
export { AtlasMapElement }

defineElement('atlas-map', AtlasMapElement)

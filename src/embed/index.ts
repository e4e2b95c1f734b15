// Script-tag entry: defines the custom elements and exposes the public API (global `AtlasCulture`).
// Widgets register themselves here as they land; a second copy of the script defines nothing.
import { defineElement } from './define.js'
import { AtlasMapElement } from './atlas-map.js'

export * from '../index.js'
export { fromCSV } from '../../data-adapters/csv/from-csv.js'
export { fromJSON } from '../../data-adapters/json/from-json.js'
export { AtlasMapElement }

defineElement('atlas-map', AtlasMapElement)

import { union, type SpecDocs } from '../../core/spec/spec.js'
import { widgetDocs } from '../../core/spec/widget.docs.js'
import { LEVELS } from '../../core/types.js'
import { classDocs } from '../shared/tables.docs.js'
import { RENDERERS, rendererDefaults } from './renderer.js'
import { HOME_END, type mapSpec } from './spec.js'

/** Reference lines of {@link mapSpec} (kept out of the bundles: only scripts/build-reference.mjs reads them). */
export const mapDocs: SpecDocs<typeof mapSpec> = {
  table: { type: 'IndicatorTable | IndicatorTable[]', default: 'required', doc: 'The data: one table, or one per level to allow drilling down (régions → départements → communes).' },
  level: { type: union(LEVELS), default: 'the (first) table’s level', doc: 'Level drawn at start.' },
  ...widgetDocs,
  store: { type: 'SelectionStore', default: 'a store of the map’s own', doc: 'Shared selection (selected, hovered, view); the embed’s `group` attribute sets it.' },
  ...classDocs,
  histogram: { type: 'boolean', doc: 'Mini histogram of the values under the legend.' },
  showTable: { type: 'boolean', doc: 'Data table shown at start (a button shows and hides it).' },
  homeEnd: { type: union(HOME_END), doc: 'Home/End go to the first/last territory by name, or to the highest/lowest value.' },
  renderer: { type: `${union(RENDERERS)} | ComponentType<ShapeLayerProps>`, values: `\`auto\`: SVG, canvas from ${rendererDefaults.canvasFrom} shapes`, doc: 'The shape-drawing layer.' },
  tooltip: { type: '(info: TooltipInfo) => ComponentChildren', default: 'value, rank and class', doc: 'Custom tooltip body: Preact nodes, never an HTML string.' },
  id: { type: 'string', default: '`atlas-map-<indicator id>-<level>`', doc: 'Prefix of the element ids (unique in the page).' },
  onReady: { type: '() => void', doc: 'Called each time the map has drawn a view (geometry loaded).' },
}

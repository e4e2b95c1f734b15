import { union, type SpecDocs } from '../../core/spec/spec.js'
import { widgetDocs } from '../../core/spec/widget.docs.js'
import { LEVELS } from '../../core/types.js'
import { classDocs } from '../shared/tables.docs.js'
import { defaults } from './defaults.js'
import { ORDERS, REFERENCES, type rankingSpec } from './spec.js'

/** Reference lines of {@link rankingSpec} (kept out of the bundles). */
export const rankingDocs: SpecDocs<typeof rankingSpec> = {
  table: { type: 'IndicatorTable | IndicatorTable[]', default: 'required', doc: 'The data: one table, or one per level (the chart follows the group’s view among them; a parent level’s table gives the parent reference).' },
  level: { type: union(LEVELS), default: 'the (first) table’s level', doc: 'Level ranked at start.' },
  ...widgetDocs,
  store: { type: 'SelectionStore', default: 'a store of the chart’s own', doc: 'Shared selection (selected, hovered, view); the embed’s `group` attribute sets it. The chart follows the group’s view, never sets it.' },
  order: { type: union(ORDERS), doc: 'Highest first, lowest first, or by name; the sort buttons change it.' },
  limit: { type: "'auto' | 'all' | number", values: `\`auto\`: every bar up to ${defaults.autoAll}, otherwise the top ${defaults.head} and bottom ${defaults.tail}; N: the top N`, doc: 'Bars shown; « Tout afficher » shows the rest, the selection is always shown.' },
  references: { type: `(${union(REFERENCES)})[]`, values: 'attribute: `"france, median"` or `none`', default: 'all four, when the data allows', doc: 'Reference lines: France entière, France métropolitaine, the parent territory, the median shown.' },
  france: { type: 'number', default: 'pooled Σ numerators / Σ denominators of a `per` ratio (`parts`)', doc: 'France entière’s value from the source’s France row.' },
  metro: { type: 'number', default: 'pooled, as `france`', doc: 'France métropolitaine’s value from the source.' },
  parts: { type: 'RatioParts', doc: 'Numerators and denominators of a `per` ratio, to pool the references (never the mean of ratios).' },
  color: { type: "'classes' | string", values: '`classes` or a CSS colour', doc: 'Bars in the map’s class colours, or one colour.' },
  ...classDocs,
  id: { type: 'string', default: '`atlas-ranking-<indicator id>-<level>`', doc: 'Prefix of the element ids (unique in the page).' },
  onReady: { type: '() => void', doc: 'Called each time the chart has drawn a view.' },
}

// What docs/reference.md documents: each widget's option spec with its reference lines, and the
// attributes of the elements. Read only by scripts/build-reference.mjs and its test: the `*.docs.ts`
// files stay out of every bundle.
import { mapSpec } from '../../src/components/map/spec.js'
import { mapDocs } from '../../src/components/map/spec.docs.js'
import { portraitSpec } from '../../src/components/portrait/spec.js'
import { portraitDocs } from '../../src/components/portrait/spec.docs.js'
import { rankingSpec } from '../../src/components/ranking/spec.js'
import { rankingDocs } from '../../src/components/ranking/spec.docs.js'
import { tableSpec } from '../../src/components/table/spec.js'
import { tableDocs } from '../../src/components/table/spec.docs.js'
import type { Spec, SpecDocs } from '../../src/core/spec/spec.js'
import { dataSpec, elementSpec } from '../../src/embed/data-attributes.js'
import { dataDocs, elementDocs } from '../../src/embed/data-attributes.docs.js'
import type { ElementSection } from './attributes.js'

/** One table of the reference: a spec and its lines, as props of a component or attributes of elements. */
export interface Section {
  readonly title: string
  /** One sentence under the title. */
  readonly intro: string
  /** `props`: every option, with its attribute when it has one; `attributes`: only those with one. */
  readonly kind: 'props' | 'attributes'
  readonly spec: Spec
  readonly docs: SpecDocs<Spec>
}

export const SECTIONS: readonly Section[] = [
  { title: 'ChoroplethMap', intro: 'Props of the map component; the column « attribute » is the same option on `<atlas-map>`.', kind: 'props', spec: mapSpec, docs: mapDocs },
  { title: 'RankingChart', intro: 'Props of the ranking chart; the column « attribute » is the same option on `<atlas-ranking>`.', kind: 'props', spec: rankingSpec, docs: rankingDocs },
  { title: 'ComparisonTable', intro: 'Props of the comparison table; the column « attribute » is the same option on `<atlas-table>`, whose columns are its `<atlas-indicator>` children (see Data attributes).', kind: 'props', spec: tableSpec, docs: tableDocs },
  { title: 'PortraitCard', intro: 'Props of the territory portrait; the column « attribute » is the same option on `<atlas-portrait>`, whose key figures are its `<atlas-indicator>` children (see Data attributes). On the element, `level` is also the level of the data.', kind: 'props', spec: portraitSpec, docs: portraitDocs },
  { title: 'Data attributes', intro: 'Attributes that say where an element’s data is: the data adapters’ options of the same names. On `<atlas-map>` and `<atlas-ranking>`, the element’s own. `<atlas-table>` and `<atlas-portrait>` show several indicators: one `<atlas-indicator>` child each, in order, with these attributes; an attribute a child lacks is taken from its parent element (write `src`, `code`, `level`… once there), and the required ones (`src`, `level`, `value`) are required of each indicator. Elements of one `group` that show the same indicator (same attributes) load it once.', kind: 'attributes', spec: dataSpec, docs: dataDocs },
  { title: 'Element attributes', intro: 'Attributes every element has besides its widget’s and the data attributes.', kind: 'attributes', spec: elementSpec, docs: elementDocs },
]

/** The elements whose attributes are typed for JSX (src/embed/attributes.generated.ts). */
export const ELEMENT_SECTIONS: readonly ElementSection[] = [
  // The elements' specs as src/embed/atlas-*.tsx compose them (those modules need a DOM to load).
  { tag: 'atlas-map', name: 'AtlasMap', spec: { ...mapSpec, ...dataSpec, ...elementSpec }, docs: { ...mapDocs, ...dataDocs, ...elementDocs } },
  { tag: 'atlas-ranking', name: 'AtlasRanking', spec: { ...rankingSpec, ...dataSpec, ...elementSpec }, docs: { ...rankingDocs, ...dataDocs, ...elementDocs } },
  // On these two, the data attributes are the defaults of their <atlas-indicator> children (the same names).
  { tag: 'atlas-table', name: 'AtlasTable', spec: { ...tableSpec, ...dataSpec, ...elementSpec }, docs: { ...tableDocs, ...dataDocs, ...elementDocs } },
  { tag: 'atlas-portrait', name: 'AtlasPortrait', spec: { ...portraitSpec, ...dataSpec, ...elementSpec }, docs: { ...portraitDocs, ...dataDocs, ...elementDocs } },
  { tag: 'atlas-indicator', name: 'AtlasIndicator', spec: dataSpec, docs: dataDocs },
]

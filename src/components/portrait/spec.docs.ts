import type { SpecDocs } from '../../core/spec/spec.js'
import { widgetDocs } from '../../core/spec/widget.docs.js'
import type { portraitSpec } from './spec.js'

/** Reference lines of {@link portraitSpec} (kept out of the bundles). */
export const portraitDocs: SpecDocs<typeof portraitSpec> = {
  ...widgetDocs,
  within: { type: '{ level: "region", code } | string | null', values: '`null` (France entière), `region:<code>`', doc: 'The area whose départements a département is ranked among (« 2ᵉ des 4 départements de la Bretagne »).' },
  title: { type: 'string', default: 'the territory’s name', doc: 'Heading of the card.' },
  subtitle: { type: 'string', default: 'level and parent, e.g. « département, Bretagne »', doc: 'Line under the heading; `""` for none.' },
  figures: { type: 'PortraitFigureInput[]', default: 'required', doc: 'The key figures, in order: one indicator table each, at the subject’s level.' },
  territory: { type: 'string | { level, code } | { level: "france" }', default: 'France', doc: 'The territory portrayed; in a group, the selected territory of its level replaces it.' },
  level: { type: "'france' | 'region' | 'departement'", default: 'the figures’ tables’ level', doc: 'Level of a `territory` given as a code.' },
  analysis: { type: 'string', default: 'none', doc: 'Analysis text in a Markdown subset (paragraphs, emphasis, lists, http(s) links), never read as HTML.' },
  headingLevel: { type: 'number', values: 'integer, 1 to 6', doc: 'Level of the heading, to fit the host page’s outline.' },
  locator: { type: 'boolean', doc: 'The small map locating the territory.' },
  store: { type: 'SelectionStore', doc: 'Shared selection; the embed’s `group` attribute sets it.' },
  onReady: { type: '() => void', doc: 'Called once the card and its locator are drawn.' },
}

import type { SpecDocs } from './spec.js'
import type { widgetSpec } from './widget.js'

/** Reference lines of {@link widgetSpec}. */
export const widgetDocs: SpecDocs<typeof widgetSpec> = {
  lang: { type: "'fr' | 'en'", doc: 'Language of every text, error messages included (an element also follows the page’s `lang`).' },
  within: { type: '{ level, code } | string | null', values: '`null` (France entière), `region:<code>`, `departement:<code>`', doc: 'The area shown: France entière, one region or one département.' },
  title: { type: 'string', default: 'the indicator’s label', doc: 'Title above the widget.' },
  subtitle: { type: 'string', default: 'level and year, e.g. « Départements, 2019 »', doc: 'Subtitle under the title; `""` for none.' },
}

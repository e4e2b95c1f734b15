import { AGGREGATES } from '../../data-adapters/options.js'
import type { SpecDocs } from '../core/spec/spec.js'
import { LEVELS } from '../core/types.js'
import { FORMATS, type dataSpec, type elementSpec } from './data-attributes.js'
import { THEMES } from './themes.js'

const union = (values: readonly string[]) => values.map((v) => `'${v}'`).join(' | ')

/** Reference lines of {@link dataSpec}: the adapters' options of the same names (data-adapters/options.ts). */
export const dataDocs: SpecDocs<typeof dataSpec> = {
  src: { type: 'string', default: 'required', doc: 'URL of the CSV or JSON file, relative to the page; `https:` (or `http:` on an `http:` page).' },
  format: { type: union(FORMATS), default: '`json` for a `.json` URL, `csv` otherwise', doc: 'Format of the file.' },
  level: { type: union(LEVELS), default: 'required', doc: 'Level of the territories in the file.' },
  code: { type: 'string', default: 'one of `code` and `name` is required', doc: 'Column of the territory codes (INSEE).' },
  name: { type: 'string', default: 'one of `code` and `name` is required', doc: 'Column of the territory names, when the file has no codes.' },
  value: { type: 'string', default: 'required', doc: 'Column of the values.' },
  per: { type: 'string', doc: 'Column to divide the value by (e.g. the population): a rate per territory.' },
  scale: { type: 'number', doc: 'Factor applied to the value (e.g. 100 for a percentage, 1000 for « pour 1 000 »).' },
  filter: { type: 'Record<string, string>', values: 'attribute: `"Secteur=Archives; Année=2019"`', doc: 'Keeps the rows whose columns hold these values.' },
  aggregate: { type: union(AGGREGATES), doc: 'How to combine several rows of one territory (otherwise they are an error).' },
  padCodes: { type: 'boolean', doc: 'Pads numeric codes with leading zeros (`1` → `01`).' },
  missing: { type: 'Record<string, MissingStatus>', values: 'attribute: `"-1=not-available; s=secret"`', doc: 'Source-specific markers of missing values, with their status.' },
  range: { type: '[number, number]', values: 'attribute: `"0, 100"`', doc: 'Values an indicator can take (after `per` and `scale`): those outside are flagged invalid, never classed or ranked.' },
  vintage: { type: 'number', doc: 'Year of the geography (COG) the codes follow, to translate merged communes.' },
  kind: { type: "'quantitative' | 'categorical'", default: 'from the values', doc: 'Numbers or categories.' },
  label: { type: 'string', default: 'the value column’s name', doc: 'The indicator’s name (title of the widgets).' },
  unit: { type: 'string', doc: 'Unit shown after the values: `%`, `€`, `€/hab.`…' },
  source: { type: 'string', doc: 'Source credited under the widget.' },
  year: { type: 'string', doc: 'Year of the data.' },
  definition: { type: 'string', doc: 'Definition of the indicator.' },
}

/** Reference lines of {@link elementSpec}. */
export const elementDocs: SpecDocs<typeof elementSpec> = {
  group: { type: 'string', doc: 'Name of a shared selection: elements with the same `group` share selection, hover and view.' },
  syncUrl: {
    type: 'boolean',
    doc: 'On any element of a `group`: the group’s selection, view and indicator are kept in the page’s query string (`?<group>.selected=88&<group>.level=departement&<group>.within=region%3A44&<group>.indicator=…`; the page’s other parameters and its hash are kept), so a shared link restores them; each change made by the user is a history entry, which back and forward restore. Its code is fetched only when an element has the attribute.',
  },
  theme: {
    type: union(THEMES),
    default: 'light',
    doc: 'Colour scheme. `dark`: light text on the element’s own dark background (`--atlas-bg`, #161616), for dark pages. `auto`: dark when the page’s DSFR scheme is dark (`data-fr-theme="dark"` on `<html>`), else when the reader’s system is (`prefers-color-scheme`); it follows changes. The `--atlas-*` properties a page sets on the element still win.',
  },
}

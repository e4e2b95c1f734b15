import { boolean, integer, number, numberList, oneOf, string } from '../core/options.js'
import { CLASS_METHODS } from '../core/scales/classification.js'
import { PALETTES, type PaletteName } from '../core/scales/palettes.js'
import { parseWithin } from '../core/view.js'
import { dataAttributes } from './data-attributes.js'

/**
 * Attributes of `<atlas-map>`: the data attributes, then the map's own props (same names, same
 * helpers as `ChoroplethMap`; `show-table` for `showTable`). `group` names a shared selection.
 */
export const mapAttributes = {
  ...dataAttributes,
  within: (v: string | null) => parseWithin(v),
  method: (v: string | null) => oneOf('method', v, CLASS_METHODS),
  classes: (v: string | null) => integer('classes', v, undefined, { min: 3, max: 9 }),
  breaks: (v: string | null) => numberList('breaks', v),
  reference: (v: string | null) => number('reference', v),
  palette: (v: string | null) => oneOf('palette', v, Object.keys(PALETTES) as PaletteName[]),
  title: (v: string | null) => string('title', v),
  subtitle: (v: string | null) => string('subtitle', v, undefined, true),
  histogram: (v: string | null) => boolean('histogram', v, false)!,
  'show-table': (v: string | null) => boolean('show-table', v, false)!,
  group: (v: string | null) => string('group', v),
}

import { CLASS_METHODS, CLASS_RANGE } from '../../core/scales/classification.js'
import { PALETTES } from '../../core/scales/palettes.js'
import { union, type SpecDocs } from '../../core/spec/spec.js'
import type { classSpec } from './tables.js'

/** Reference lines of {@link classSpec}, the same for every widget that paints class colours (map, ranking). */
export const classDocs: SpecDocs<typeof classSpec> = {
  method: { type: union(CLASS_METHODS), default: '`quantile`, or `manual` when `breaks` are given', doc: 'How classes are cut: same count per class, equal widths, natural breaks, or the given breaks.' },
  classes: { type: 'number', values: `integer, ${CLASS_RANGE.min} to ${CLASS_RANGE.max}`, doc: 'Number of classes (ignored with `breaks`).' },
  breaks: { type: 'number[]', values: 'increasing numbers; attribute: `"1.5, 3, 10"`', doc: 'Inner class thresholds, to share one legend between widgets.' },
  reference: { type: 'number', doc: 'Reference value for a diverging classification (e.g. the France value).' },
  palette: { type: union(Object.keys(PALETTES)), default: 'by kind of classification', doc: 'Colour palette of the classes.' },
}

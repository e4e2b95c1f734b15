import { TEXTS } from '../../core/text/table.js'

/** Defaults of {@link ChoroplethMapProps}; each is what the map does when the prop is absent. */
export const defaults = {
  /** Language of every text: French. */
  lang: 'fr',
  /** Classification method: quantiles (equal counts per class), robust to the skew of most cultural indicators. */
  method: 'quantile',
  /** Number of classes: 5, enough to read, few enough to tell apart. */
  classes: 5,
  /** Mini histogram under the legend: off. */
  histogram: false,
  /** Data table alternative shown at start: no (a button reveals it). */
  showTable: false,
  /** Home/End go to the first/last territory by name (`'name'`); `'rank'` goes to the highest/lowest value. */
  homeEnd: 'name',
  /** Size of the drawing in viewBox units; the SVG scales to the width of its container. */
  width: 600,
  height: 500,
  /** Credit line of the shipped geometry. */
  credit: { fr: TEXTS.fr.credit, en: TEXTS.en.credit },
} as const

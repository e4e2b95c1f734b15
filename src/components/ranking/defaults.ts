/** Defaults of {@link RankingChartProps}; each is what the chart does when the prop is absent. */
export const defaults = {
  /** Language of every text: French. */
  lang: 'fr',
  /** Highest value first. */
  order: 'desc',
  /** `auto`: every territory up to {@link defaults.autoAll} bars, otherwise the top {@link defaults.head} and bottom {@link defaults.tail}. */
  limit: 'auto',
  autoAll: 20,
  head: 10,
  tail: 5,
  /** Every reference line the data allows: France entière, France métropolitaine, the parent territory, the median. */
  references: ['france', 'metro', 'parent', 'median'],
  /** Bars in the map's class colours (same classification of the same view). */
  color: 'classes',
  /** Classification, as the map's defaults: quantiles in 5 classes. */
  method: 'quantile',
  classes: 5,
  /** Round ticks on the axis: about this many. */
  ticks: 5,
} as const

import type { Lang } from '../../core/locale.js'
import { checkTableWidget, type ClassificationProps, type TableWidgetOptions, type TableWidgetProps } from '../shared/tables.js'
import { defaults } from './defaults.js'
import type { RatioParts } from './references.js'
import type { Expect, SameOptions } from '../../core/spec/spec.js'
import { rankingSpec, type RankingOrder, type ReferenceKind } from './spec.js'

export type { RankingOrder, ReferenceKind }

/** Props of {@link RankingChart}. Defaults: see {@link defaults}. */
export interface RankingChartProps extends TableWidgetProps, ClassificationProps {
  /** `desc` (default), `asc` or `name`; the sort buttons change it. */
  order?: RankingOrder
  /** `auto` (default: all up to 20 bars, otherwise top 10 and bottom 5), `all`, or a number N (top N). */
  limit?: 'auto' | 'all' | number
  /** Reference lines drawn when the data allows them. Default: all four (`france`, `metro`, `parent`, `median`); `[]` for none. */
  references?: readonly ReferenceKind[] | string
  /** France entière's value from the source's France row; without it a `per` ratio is pooled (Σ numerators / Σ denominators). */
  france?: number
  /** France métropolitaine's value from the source. */
  metro?: number
  /** Numerators and denominators of a `per` ratio, to pool references. Default: the table's own (`table.parts`) when it has them. */
  parts?: RatioParts
  /** `classes` (default: the map's class colours, classified by the {@link ClassificationProps}) or one CSS colour for every bar. */
  color?: string
  /** Language of every text. Default `fr`. */
  lang?: Lang
  /** Title. Default: the indicator's label. */
  title?: string
  /** Subtitle. Default: level, area and year. */
  subtitle?: string
  /** Prefix of the element ids. Default: `atlas-ranking-<indicator id>-<level>`. */
  id?: string
  /** Called each time the chart has drawn a view. */
  onReady?: () => void
}

/** Every prop is an option of {@link rankingSpec} and every option a prop (a type error otherwise). */
export type PropsAreOptions = Expect<SameOptions<RankingChartProps, typeof rankingSpec>>

/** The props once checked, derived from {@link rankingSpec}: every default applied, the tables keyed by level, the starting view. */
export type RankingOptions = TableWidgetOptions<typeof rankingSpec>

/** Checks the props once, at the entry, through {@link rankingSpec}; throws `invalid <name>: <value>`. */
export function checkRankingOptions(props: RankingChartProps): RankingOptions {
  return checkTableWidget(rankingSpec, props)
}

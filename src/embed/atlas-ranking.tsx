import type { IndicatorTable } from '../core/indicator-table.js'
import type { Lang } from '../core/locale.js'
import { attributesOf, type Values } from '../core/spec/spec.js'
import { RankingChart } from '../components/ranking/RankingChart.js'
import type { RankingChartProps } from '../components/ranking/options.js'
import { rankingSpec } from '../components/ranking/spec.js'
import { dataSpec, elementSpec } from './data-attributes.js'
import { dataSource } from './data-source.js'
import { AtlasElement } from './element.js'

/** Attributes of `<atlas-ranking>`: the chart's options that have one, the data attributes, `group`. */
export const rankingElementSpec = { ...rankingSpec, ...dataSpec, ...elementSpec }

type RankingAttributes = Values<typeof rankingElementSpec>

/**
 * `<atlas-ranking src="…" code="Code Insee" value="…" level="departement" group="atlas">`: a
 * {@link RankingChart} of a CSV or JSON file. In a group with an `<atlas-map>` it follows the map's
 * view and selection. Settles (`atlas-ready`) once the bars are drawn.
 */
export class AtlasRankingElement extends AtlasElement<typeof rankingElementSpec, IndicatorTable> {
  static observedAttributes = attributesOf(rankingElementSpec)
  protected readonly spec = rankingElementSpec
  protected override readonly settlesOnViewReady = true

  protected async load(a: RankingAttributes, signal: AbortSignal): Promise<IndicatorTable> {
    return (await dataSource(a, this.localName)).load({ signal })
  }

  protected view(table: IndicatorTable, a: RankingAttributes & { lang: Lang }) {
    return <RankingChart {...this.widgetProps<RankingChartProps>(rankingSpec, a)} table={table} />
  }
}

/** The loader's name of this part's class (src/embed/elements.ts). */
export { AtlasRankingElement as element }

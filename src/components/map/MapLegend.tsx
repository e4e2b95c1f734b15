import type { Signal } from '@preact/signals'
import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { TEXTS } from '../../core/text/table.js'
import { classColorVars } from '../../core/scales/css-colors.js'
import type { Level } from '../../core/types.js'
import { Legend } from '../legend/Legend.js'
import type { LegendKey } from '../legend/legend-model.js'
import type { MapModel } from './compute.js'

/**
 * The map's legend: the shared {@link Legend} fed from the map's model — the same classes, colours
 * (palette included) and missing counts as the shapes, counted over the territories drawn. Pointing
 * at or focusing an entry sets `highlight`, which the map reads to outline that class's (or
 * status's) territories and dim the others.
 */
export function MapLegend(props: { model: MapModel; table: IndicatorTable; level: Level; lang: Lang; histogram: boolean; highlight: Signal<LegendKey | null> }) {
  const { model, lang } = props
  return (
    // A named group: screen readers announce « Légende » on entering the entry buttons.
    <div class="atlas-map__legend" role="group" aria-label={TEXTS[lang].legend}>
      <Legend
        classification={model.classification}
        lang={lang}
        unit={props.table.indicator.unit}
        level={props.level}
        title={TEXTS[lang].legend}
        // The map's id: the legend's pattern ids get their own suffix, unique in the page.
        widgetId={model.idPrefix}
        missing={model.missing}
        colors={classColorVars(model.colors)}
        histogram={props.histogram}
        values={model.values}
        digits={props.table.indicator.digits}
        highlighted={props.highlight}
      />
    </div>
  )
}

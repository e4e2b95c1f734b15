import type { IndicatorTable } from '../../core/indicator-table.js'
import type { Lang } from '../../core/locale.js'
import { STATUS_LABELS } from '../../core/messages.js'
import { patternId } from '../../core/scales/missing-patterns.js'
import type { MapModel } from './compute.js'

const METHOD: Record<Lang, Record<string, string>> = {
  fr: { quantile: 'quantiles (effectifs égaux)', equal: 'intervalles égaux', jenks: 'seuils naturels (Jenks)', manual: 'seuils choisis', categorical: 'catégories' },
  en: { quantile: 'quantiles (equal counts)', equal: 'equal intervals', jenks: 'natural breaks (Jenks)', manual: 'chosen breaks', categorical: 'categories' },
}
const WORDS = {
  fr: { method: 'Classes', legend: 'Légende', count: (n: number) => `(${n})` },
  en: { method: 'Classes', legend: 'Legend', count: (n: number) => `(${n})` },
}

/**
 * The map's legend: one entry per class (range in words, count) and per missing status present
 * (its pattern, count), the method named. Hovering or focusing a class highlights its territories
 * on the map (others dimmed, these outlined). Optional mini histogram of the class counts.
 */
export function MapLegend(props: { model: MapModel; table: IndicatorTable; lang: Lang; histogram: boolean; highlight: number | null; onHighlight: (i: number | null) => void }) {
  const { model, lang } = props
  const w = WORDS[lang]
  const classes = model.classification.classes
  const max = Math.max(1, ...classes.map((c) => c.count))
  const id = `${model.idPrefix}-legend`
  return (
    <div class="atlas-map__legend" role="group" aria-labelledby={id}>
      <p class="atlas-map__legend-title" id={id}>
        {w.legend}
        {props.table.indicator.unit ? ` (${props.table.indicator.unit})` : ''} — {w.method}{lang === 'fr' ? '\u00a0:' : ':'} {METHOD[lang][model.classification.method] ?? model.classification.method}
      </p>
      <ul class="atlas-map__legend-list">
        {classes.map((c, i) => (
          <li key={`c${i}`}>
            <button
              type="button"
              class="atlas-map__legend-item"
              aria-pressed={props.highlight === i ? 'true' : 'false'}
              data-class={i}
              onPointerEnter={() => props.onHighlight(i)}
              onPointerLeave={() => props.onHighlight(null)}
              onFocus={() => props.onHighlight(i)}
              onBlur={() => props.onHighlight(null)}
              onClick={() => props.onHighlight(props.highlight === i ? null : i)}
            >
              <svg class="atlas-map__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect width="16" height="16" style={{ fill: `var(--atlas-class-${i + 1}, ${model.colors[i]})` }} />
              </svg>
              <span>{c.label}</span> <span class="atlas-map__count">{w.count(c.count)}</span>
              {props.histogram && (
                <svg class="atlas-map__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={(c.count / max) * 100} height="8" style={{ fill: `var(--atlas-class-${i + 1}, ${model.colors[i]})` }} />
                </svg>
              )}
            </button>
          </li>
        ))}
        {model.patterns.map((p) => (
          <li key={p.status} class="atlas-map__legend-missing" data-status={p.status}>
            <svg class="atlas-map__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect width="16" height="16" style={{ fill: `url(#${patternId(model.idPrefix, p.status)})` }} />
            </svg>
            <span>{STATUS_LABELS[lang][p.status]}</span> <span class="atlas-map__count">{w.count(model.missing[p.status])}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

import { signal, type Signal } from '@preact/signals'
import { useState } from 'preact/hooks'
import type { ComponentChildren, CSSProperties } from 'preact'
import { OUTLINE_COLOR } from '../../core/scales/contrast.js'
import { cssVar } from '../../core/scales/css-colors.js'
import type { Classification } from '../../core/scales/classification.js'
import { LegendHistogram } from './lazy-histogram.js'
import { legendModel, type LegendEntry, type LegendKey, type LegendMissingEntry, type LegendOptions } from './legend-model.js'
import { MissingPatternDefs } from './MissingPatternDefs.js'
import { useValue } from '../shared/use-value.js'

/** Props of {@link Legend}: the classification, the {@link LegendOptions}, and the highlight wiring. */
export interface LegendProps extends Partial<LegendOptions> {
  classification: Classification
  /**
   * Class (index) or missing status the reader points at — hover or keyboard focus, or pinned by a
   * click — `null` otherwise. The map reads it to highlight the territories. Default: none.
   */
  highlighted?: Signal<LegendKey | null>
  /** Called with the same values as `highlighted` receives. Default: none. */
  onHighlight?: (key: LegendKey | null) => void
}

const OUTLINE = cssVar('--atlas-outline', OUTLINE_COLOR)
const SWATCH = 16
const NONE = signal<LegendKey | null>(null)

const styles = {
  list: { listStyle: 'none', margin: 0, padding: 0 },
  button: { display: 'flex', alignItems: 'center', gap: '0.5em', width: '100%', minHeight: '24px', padding: '2px 4px', border: 0, borderLeft: '3px solid transparent', background: 'none', color: 'inherit', font: 'inherit', textAlign: 'start', cursor: 'pointer' },
  active: { borderLeftColor: 'currentColor', fontWeight: 700 },
  count: { marginInlineStart: 'auto', paddingInlineStart: '1em', whiteSpace: 'nowrap' },
  small: { margin: '0.25em 0', fontSize: '0.875em' },
} satisfies Record<string, CSSProperties>

/**
 * The legend of a choropleth: one button per class (swatch, range in words, count) and per missing
 * status (pattern swatch, label, count). Hovering or focusing an entry highlights it through
 * `highlighted` / `onHighlight`; a click pins it (`aria-pressed`) until clicked again. Text carries
 * every piece of information, colour only repeats it.
 */
export function Legend(props: LegendProps) {
  const { classification, highlighted, onHighlight, ...options } = props
  const model = legendModel(classification, options)
  const [pinned, setPinned] = useState<LegendKey | null>(null)
  // Read unconditionally (a hook); without the map's signal, the legend's own pin is what is shown.
  const shared = useValue(highlighted ?? NONE)
  const current = highlighted ? shared : pinned
  const set = (key: LegendKey | null) => {
    if (highlighted) highlighted.value = key
    onHighlight?.(key)
  }
  const handlers = (key: LegendKey) => ({
    onMouseEnter: () => set(key),
    onFocus: () => set(key),
    onMouseLeave: () => set(pinned),
    onBlur: () => set(pinned),
    onClick: () => {
      const next = pinned === key ? null : key
      setPinned(next)
      set(next)
    },
  })
  // One entry, a class's or a missing status's: its swatch painted with `fill` (a pattern's after its `defs`).
  const entry = (e: LegendEntry | LegendMissingEntry, fill: string, defs?: ComponentChildren) => (
    <li key={e.key}>
      <button
        type="button"
        class="atlas-legend__entry"
        aria-label={e.accessibleName}
        aria-pressed={pinned === e.key}
        style={current === e.key ? { ...styles.button, ...styles.active } : styles.button}
        {...handlers(e.key)}
      >
        <svg width={SWATCH} height={SWATCH} aria-hidden="true">
          {defs}
          <rect x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} fill={fill} stroke={OUTLINE} />
        </svg>
        {/* The space keeps label and count two words in the text (CSS off, and the visible
            text that must be part of the accessible name, WCAG 2.5.3); flex layout hides it. */}
        <span>{e.label}</span>{' '}
        <span style={styles.count}>{e.countLabel}</span>
      </button>
    </li>
  )

  return (
    <div class="atlas-legend" lang={model.lang} style={{ maxWidth: '28em' }}>
      {model.title !== '' && <p class="atlas-legend__title" style={{ margin: '0 0 0.25em', fontWeight: 700 }}>{model.title}</p>}
      <p class="atlas-legend__method" style={styles.small}>{model.method}</p>
      {model.note !== '' && <p class="atlas-legend__note" style={styles.small}>{model.note}</p>}
      {model.histogram && <LegendHistogram input={model.histogram} />}
      <ul class="atlas-legend__classes" style={styles.list}>
        {model.entries.map((e) => entry(e, e.color))}
      </ul>
      {model.missing.length > 0 && (
        <ul class="atlas-legend__missing" style={styles.list}>
          {model.missing.map((e) =>
            entry(
              e,
              `url(#${e.patternId})`,
              <defs>
                <MissingPatternDefs prefix={model.patternPrefix} statuses={[e.key]} />
              </defs>,
            ),
          )}
        </ul>
      )}
    </div>
  )
}

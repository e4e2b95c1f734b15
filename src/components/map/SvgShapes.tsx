import { MISSING_BACKGROUND, MISSING_INK, patternId } from '../../core/scales/missing-patterns.js'
import type { ShapeLayerProps } from './types.js'

/**
 * The SVG renderer: one path per territory, the missing-value patterns, the inset frames, and an
 * overlay drawn last (highlight outlines, selection, focus ring) so that outlines are never hidden
 * by a neighbour. Decorative for assistive technologies: the map's container carries the
 * semantics (label, instructions, live region), so the SVG is `aria-hidden`.
 */
export function SvgShapes(props: ShapeLayerProps) {
  const { shapes, fills, patterns, highlighted, selected, focused, idPrefix, width, height } = props
  const byCode = new Map(shapes.map((s) => [s.code, s]))
  const outline = (code: string | null) => (code ? byCode.get(code) : undefined)
  const sel = outline(selected)
  const foc = outline(focused)
  return (
    <svg class="atlas-map__svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <defs>
        {patterns.map((p) => (
          <pattern key={p.status} id={patternId(idPrefix, p.status)} width={p.size} height={p.size} patternUnits="userSpaceOnUse">
            <rect width={p.size} height={p.size} style={{ fill: MISSING_BACKGROUND }} />
            <path
              d={p.path}
              class="atlas-map__pattern-ink"
              style={p.paint === 'fill' ? { fill: MISSING_INK, stroke: 'none' } : { fill: 'none', stroke: MISSING_INK, strokeWidth: p.strokeWidth }}
            />
          </pattern>
        ))}
      </defs>
      {props.frames.length > 0 && (
        <g class="atlas-map__frames">
          {props.frames.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
      )}
      <g class="atlas-map__shapes">
        {shapes.map((s) => (
          <path
            key={s.code}
            d={s.d}
            data-code={s.code}
            class={highlighted ? (highlighted.has(s.code) ? 'is-highlighted' : 'is-dimmed') : undefined}
            style={{ fill: fills.get(s.code) }}
            onPointerEnter={props.onPointerEnter && (() => props.onPointerEnter!(s.code))}
            onPointerLeave={props.onPointerLeave && (() => props.onPointerLeave!(s.code))}
            onClick={props.onClick && (() => props.onClick!(s.code))}
          />
        ))}
      </g>
      <g class="atlas-map__overlay">
        {highlighted && shapes.filter((s) => highlighted.has(s.code)).map((s) => <path key={`h${s.code}`} d={s.d} class="atlas-map__highlight" />)}
        {sel && <path d={sel.d} class="atlas-map__selected" data-selected={sel.code} />}
        {foc && <path d={foc.d} class="atlas-map__focus-halo" />}
        {foc && <path d={foc.d} class="atlas-map__focus" data-focused={foc.code} />}
      </g>
    </svg>
  )
}

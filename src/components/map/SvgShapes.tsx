import { useMemo, useState } from 'preact/hooks'
import { MissingPatternDefs } from '../legend/MissingPatternDefs.js'
import type { Shape, ShapeLayerProps } from './types.js'

/** The code of the path an event is for (none for the group itself). */
const codeOf = (e: Event) => (e.target as SVGElement).dataset.code

/** Inset names (font size in the CSS): in the band the projection leaves free above each DROM (16 % of the frame). */
const LABEL = { dx: 4, baseline: 11.5 } as const

/**
 * Outlines of `shapes`, each over a white halo wider than it, every halo below every outline: the dark
 * line stands out from light fills, the halo from dark ones (the darkest classes are 1.0:1 against
 * #161616), so an outline reaches 3:1 against its territory and the neighbours whatever their class.
 * `mark` names the data attribute holding the code.
 */
function Rings(props: { shapes: readonly Shape[]; kind: string; mark?: string }) {
  const { shapes, kind, mark } = props
  return (
    <>
      {shapes.map((s) => (
        <path d={s.d} class={`atlas-map__halo atlas-map__${kind}-halo`} />
      ))}
      {shapes.map((s) => (
        <path d={s.d} class={`atlas-map__${kind}`} {...(mark && { [mark]: s.code })} />
      ))}
    </>
  )
}

/**
 * The SVG renderer, bottom to top:
 * - the inset frames and their names;
 * - the outline of the whole territory: a wide grey stroke (3:1 on white) along each shape's arcs on
 *   the edge of the drawing (coast, border), under the fills, so only its outer half shows, around the
 *   mapped territory — the lightest class (1.3:1 on white) would otherwise melt into the page. One path
 *   per shape, not one path of them all: the rasteriser culls a path by its bounds, and one path over
 *   the whole map was stroked again for every tile (about 0.4 s of raster for the 101 départements,
 *   BENCHMARKS.md);
 * - one path per territory (fill, thin white internal border);
 * - a grey outline around each missing-value shape, whose white pattern background has no other
 *   edge against the page or a light neighbour;
 * - an overlay drawn last (highlight outlines, the territory under the pointer, selection, focus
 *   ring), each over a white halo, so that outlines are never hidden by a neighbour.
 * Decorative for assistive technologies: the map's container carries the semantics (label,
 * instructions, live region), so the SVG is `aria-hidden`.
 */
export function SvgShapes(props: ShapeLayerProps) {
  const { shapes, fills, patterns, highlighted, selected, focused, idPrefix, width, height } = props
  // At most three outlines: found by a scan, no index of the shapes to build at the first render.
  const outline = (code?: string | null) => shapes.find((s) => s.code === code)
  const sel = outline(selected)
  const foc = outline(focused)
  // The territory under the pointer, outlined like the canvas renderer does: the cursor alone does
  // not show which of two small neighbours the tooltip is about.
  const [hovered, setHovered] = useState<string | null>(null)
  const hov = outline(hovered ?? props.hovered)
  const missing = shapes.filter((s) => fills.get(s.code)?.startsWith('url('))
  const labels = props.insetLabels ?? []
  // The path data of each shape's arcs on the edge, each one point longer at both ends, into the arcs
  // beside it: the stroke turns those corners with a round join, as it did around the whole ring. Once per
  // geometry, and only here: a canvas does not draw them.
  const edges = useMemo(
    () =>
      shapes.map(({ runs, rings, d }) => {
        if (!runs) return d
        let e = ''
        for (let k = 0; k < runs.length; k += 3) {
          const r = rings![runs[k]!]!
          for (let p = runs[k + 1]! - 1, q; p <= runs[k + 2]! + 1; p++) e += `${p < runs[k + 1]! ? 'M' : 'L'}${r.at((q = (2 * p) % r.length))},${r.at(q + 1)}`
        }
        return e
      }),
    [shapes],
  )
  return (
    <svg class="atlas-map__svg" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <defs>
        <MissingPatternDefs prefix={idPrefix} statuses={patterns.map((p) => p.status)} />
      </defs>
      {(props.frames.length > 0 || labels.length > 0) && (
        <g class="atlas-map__frames">
          {props.frames.map((d) => (
            <path d={d} />
          ))}
          {labels.map((l) => (
            <text class="atlas-map__inset-label" data-code={l.code} x={l.x + LABEL.dx} y={l.y + LABEL.baseline}>
              {l.name}
            </text>
          ))}
        </g>
      )}
      {/* Only the arcs of the outline on the edge of the drawing are stroked: the rest would lie under the
          neighbours' fills, and these wide strokes were most of the map's raster time. While a legend entry
          dims the fills, each shape's whole outline under a white fill as before: through the fills every
          inner border shows its grey, on white. */}
      <g class="atlas-map__outline" style={highlighted ? undefined : 'fill:none'}>
        {(highlighted ? shapes.map((s) => s.d) : edges).map((d) => (d ? <path d={d} /> : null))}
      </g>
      {/* The pointer's events on the group, for every path (capturing: enter and leave do not bubble),
          rather than three listeners on each of them to set up at the first render. */}
      <g
        class="atlas-map__shapes"
        onPointerEnterCapture={(e) => {
          const code = codeOf(e)
          if (!code) return
          setHovered(code)
          props.onPointerEnter?.(code)
        }}
        onPointerLeaveCapture={(e) => {
          const code = codeOf(e)
          if (!code) return
          setHovered((h) => (h === code ? null : h))
          props.onPointerLeave?.(code)
        }}
        onClick={(e) => {
          const code = codeOf(e)
          if (code) props.onClick?.(code)
        }}
      >
        {shapes.map((s) => (
          <path d={s.d} data-code={s.code} class={highlighted ? (highlighted.has(s.code) ? 'is-highlighted' : 'is-dimmed') : undefined} style={{ fill: fills.get(s.code) }} />
        ))}
      </g>
      {missing.length > 0 && (
        <g class="atlas-map__missing">
          {missing.map((s) => (
            <path d={s.d} data-missing={s.code} />
          ))}
        </g>
      )}
      <g class="atlas-map__overlay">
        <Rings shapes={highlighted ? shapes.filter((s) => highlighted.has(s.code)) : []} kind="highlight" />
        <Rings shapes={hov ? [hov] : []} kind="hover" mark="data-hovered" />
        <Rings shapes={sel ? [sel] : []} kind="selected" mark="data-selected" />
        <Rings shapes={foc ? [foc] : []} kind="focus" mark="data-focused" />
      </g>
    </svg>
  )
}

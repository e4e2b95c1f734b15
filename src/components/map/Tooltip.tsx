import type { ComponentChildren } from 'preact'
import { tooltipLines } from './tooltip-text.js'
import type { TooltipInfo } from './types.js'

/**
 * The tooltip (WCAG 1.4.13): shown on hover and on keyboard focus, dismissed with Escape, and
 * hoverable — it lives inside the map's box, which only closes it when the pointer leaves the box.
 * Placed at the territory's centroid in percent of the drawing, flipped to stay inside.
 */
export function Tooltip(props: { id: string; info: TooltipInfo; at: readonly [number, number]; width: number; height: number; render?: ((info: TooltipInfo) => ComponentChildren) | undefined }) {
  const { info, at, width, height } = props
  const x = (at[0] / width) * 100
  const y = (at[1] / height) * 100
  const style = {
    left: x > 60 ? 'auto' : `${x}%`,
    right: x > 60 ? `${100 - x}%` : 'auto',
    top: y > 55 ? 'auto' : `${y}%`,
    bottom: y > 55 ? `${100 - y}%` : 'auto',
  }
  return (
    <div class="atlas-map__tooltip" id={props.id} role="tooltip" style={style}>
      {props.render ? (
        props.render(info)
      ) : (
        <>
          <p class="atlas-map__tooltip-name">{info.name}</p>
          {tooltipLines(info).map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </>
      )}
    </div>
  )
}

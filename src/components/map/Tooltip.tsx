import type { ComponentChildren } from 'preact'
import { Tooltip as TooltipBox } from '../shared/Tooltip.js'
import { tooltipLines } from './tooltip-text.js'
import type { TooltipInfo } from './types.js'

/**
 * The map's tooltip: shown on hover and on keyboard focus, dismissed with Escape, and hoverable — it
 * lives inside the map's box, which only closes it when the pointer leaves the box. Placed at the
 * territory's centroid in percent of the drawing (the shared {@link TooltipBox} flips it to stay inside).
 */
export function Tooltip(props: { id: string; info: TooltipInfo; at: readonly [number, number]; width: number; height: number; render?: ((info: TooltipInfo) => ComponentChildren) | undefined }) {
  const { info, at, width, height } = props
  return (
    <TooltipBox class="atlas-map__tooltip" id={props.id} x={(at[0] / width) * 100} y={(at[1] / height) * 100}>
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
    </TooltipBox>
  )
}

import type { ComponentChildren } from 'preact'
import { Tooltip as TooltipBox } from '../shared/Tooltip.js'
import { tooltipLines } from './tooltip-text.js'
import type { Shape, TooltipInfo } from './types.js'

/**
 * The map's tooltip: shown on hover and on keyboard focus, dismissed with Escape, and hoverable — it
 * lives inside the map's box, which only closes it when the pointer leaves the box. Placed beside the
 * territory's bounds, never over the territory it describes (the shared {@link TooltipBox} picks the
 * side with room).
 */
export function Tooltip(props: { id: string; info: TooltipInfo; shape: Shape; width: number; height: number; render?: ((info: TooltipInfo) => ComponentChildren) | undefined }) {
  const { info, shape, width, height } = props
  const [[x0, y0], [x1, y1]] = shape.bounds
  const x = (v: number) => (v / width) * 100
  const y = (v: number) => (v / height) * 100
  return (
    <TooltipBox class="atlas-map__tooltip" id={props.id} x={x(shape.centroid[0])} y={y(shape.centroid[1])} clear={[x(x0), y(y0), x(x1), y(y1)]}>
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

import type { Signal } from '@preact/signals'
import type { ComponentChildren } from 'preact'
import { useEffect } from 'preact/hooks'
import { Tooltip as TooltipBox } from '../shared/Tooltip.js'
import { useValue } from '../shared/use-value.js'
import type { MapModel } from './compute.js'
import { tooltipLines } from './tooltip-text.js'
import type { Shape, TooltipInfo } from './types.js'

/** The territory the tooltip is about, and what opened it. */
export type Tip = { code: string; by: 'pointer' | 'keyboard' }

/**
 * The map's tooltip: shown on hover and on keyboard focus, dismissed with Escape, and hoverable — it
 * lives inside the map's box, which only closes it when the pointer leaves the box. Placed beside the
 * territory's bounds, never over the territory it describes (the shared {@link TooltipBox} picks the
 * side with room). It follows `tip` on its own: a hover renders the tooltip, not the whole map.
 */
export function Tooltip(props: { id: string; tip: Signal<Tip | null>; model: MapModel; located: ReadonlyMap<string, Shape>; width: number; height: number; render?: ((info: TooltipInfo) => ComponentChildren) | undefined }) {
  const { model, width, height } = props
  const tip = useValue(props.tip)
  // A tooltip opened by the pointer closes with Escape wherever focus is on the page (WCAG 1.4.13).
  const byPointer = tip?.by === 'pointer'
  useEffect(() => {
    if (!byPointer) return
    const close = (e: KeyboardEvent) => e.key === 'Escape' && (props.tip.value = null)
    addEventListener('keydown', close)
    return () => removeEventListener('keydown', close)
  }, [byPointer])
  const info = tip && model.info(tip.code)
  if (!info) return null
  const shape = props.located.get(info.code)!
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

import type { ComponentChildren } from 'preact'

export interface TooltipProps {
  id: string
  /** Class of the box (each widget styles its own). */
  class: string
  /** Anchor, in percent of the positioned container's width and height. */
  x: number
  y: number
  /**
   * What the box describes, to keep in view: `[x0, y0, x1, y1]` in percent like the anchor. The box
   * then sits beside it, never over it. Default: the anchor point.
   */
  clear?: readonly [number, number, number, number]
  children: ComponentChildren
}

/**
 * A tooltip box (WCAG 1.4.13) beside its anchor, or beside the area it describes (`clear`), inside
 * its positioned container: on the right when the room there is at most 20 % narrower than on the
 * left (for a point: in the left 60 %), on the left otherwise; aligned on
 * the area's top in the top 55 %, on its bottom beyond. The widget decides when it shows (hover,
 * focus) and hides (Escape, leaving the widget's box, which keeps it hoverable).
 */
export function Tooltip(props: TooltipProps) {
  const { x, y } = props
  const [x0, y0, x1, y1] = props.clear ?? [x, y, x, y]
  const right = 100 - x1 >= x0 - 20
  const below = y <= 55
  const style = {
    left: right ? `${x1}%` : 'auto',
    right: right ? 'auto' : `${100 - x0}%`,
    top: below ? `${y0}%` : 'auto',
    bottom: below ? 'auto' : `${100 - y1}%`,
    // The room on its side, for the widget's CSS to cap the width with (`var(--atlas-tip-room)`).
    '--atlas-tip-room': `${right ? 100 - x1 : x0}%`,
  }
  return (
    <div class={props.class} id={props.id} role="tooltip" style={style}>
      {props.children}
    </div>
  )
}

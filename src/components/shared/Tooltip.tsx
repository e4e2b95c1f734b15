import type { ComponentChildren } from 'preact'

export interface TooltipProps {
  id: string
  /** Class of the box (each widget styles its own). */
  class: string
  /** Anchor, in percent of the positioned container's width and height. */
  x: number
  y: number
  children: ComponentChildren
}

/**
 * A tooltip box (WCAG 1.4.13) anchored at `x`, `y` percent of its positioned container, flipped
 * towards the middle so it stays inside: right of the anchor in the left 60 %, left of it beyond;
 * below in the top 55 %, above beyond. The widget decides when it shows (hover, focus) and hides
 * (Escape, leaving the widget's box, which keeps it hoverable).
 */
export function Tooltip(props: TooltipProps) {
  const { x, y } = props
  const style = {
    left: x > 60 ? 'auto' : `${x}%`,
    right: x > 60 ? `${100 - x}%` : 'auto',
    top: y > 55 ? 'auto' : `${y}%`,
    bottom: y > 55 ? `${100 - y}%` : 'auto',
  }
  return (
    <div class={props.class} id={props.id} role="tooltip" style={style}>
      {props.children}
    </div>
  )
}

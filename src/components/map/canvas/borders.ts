import { CANVAS_STYLE } from './style.js'

/** From this typical territory size (device pixels) the borders get their full width; below `none`, none. */
export const BORDER_SIZES = { full: 12, none: 3 } as const

/**
 * Width of the white borders between territories, in viewBox units, for territories of a typical size
 * of `typicalPx` device pixels. At France scale 35,000 communes are 1–3 pixels each, and full-width
 * white borders would cover most of the map (a density map reads as mostly white): the borders thin
 * out with the territories and vanish below {@link BORDER_SIZES}`.none`, where the fills alone show the
 * pattern. Zoomed in (communes of a département), they are drawn as the SVG draws them.
 */
export function borderWidth(typicalPx: number): number {
  const { full, none } = BORDER_SIZES
  if (!(typicalPx > none)) return 0
  if (typicalPx >= full) return CANVAS_STYLE.shape.width
  return (CANVAS_STYLE.shape.width * (typicalPx - none)) / (full - none)
}

/** The median of the territories' sizes (mean of a box's width and height), in viewBox units. */
export function typicalSize(shapes: readonly { readonly bounds: readonly [readonly [number, number], readonly [number, number]] }[]): number {
  if (shapes.length === 0) return 0
  // A typed array sorts numerically without a comparator: several times quicker for 35,000 communes.
  const sizes = Float64Array.from(shapes, ({ bounds: [[x0, y0], [x1, y1]] }) => (x1 - x0 + (y1 - y0)) / 2).sort()
  return sizes[Math.floor((sizes.length - 1) / 2)]!
}

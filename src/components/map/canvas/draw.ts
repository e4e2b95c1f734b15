import type { Paint } from './paints.js'
import { CANVAS_STYLE } from './style.js'

/** What the base canvas draws: one path per fill group, the outlines, the highlighted class. */
export interface DrawableScene {
  readonly groups: readonly { readonly fill: string; readonly dimmed: boolean; readonly d: Drawable }[]
  /** Outlines of the territories drawn at full opacity, and of the dimmed ones. */
  readonly outline: Drawable
  readonly dimmedOutline: Drawable
  /** Outlines of the highlighted class (legend hover), drawn above every fill. */
  readonly highlight: Drawable
  /** viewBox units per unit of these paths (1 unless drawn on a grid, see `gridPath` in ./rings.ts). */
  readonly unit?: number
}

/** Path data, or a path already built (from the projected rings). */
export type Drawable = string | Path2D

const path = (d: Drawable) => (typeof d === 'string' ? new Path2D(d) : d)

/** Strokes `d` (in units of `u` viewBox units: widths and dashes divided by it). */
function stroke(ctx: CanvasRenderingContext2D, d: Drawable, style: { color: string; width: number; dash?: readonly number[] }, u = 1): void {
  if (d === '') return
  ctx.strokeStyle = style.color
  ctx.lineWidth = style.width / u
  ctx.setLineDash(style.dash ? style.dash.map((x) => x / u) : [])
  ctx.stroke(path(d))
}

/** An outline over its white halo (see `Rings` in ../SvgShapes.tsx). */
function ring(ctx: CanvasRenderingContext2D, d: Drawable, style: { color: string; width: number; dash?: readonly number[] }, u?: number): void {
  stroke(ctx, d, { color: CANVAS_STYLE.halo.color, width: style.width + CANVAS_STYLE.halo.extra }, u)
  stroke(ctx, d, style, u)
}

/** Clears the canvas and sets viewBox units (`scale` device pixels each). */
export function prepare(ctx: CanvasRenderingContext2D, scale: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height)
  ctx.setTransform(scale, 0, 0, scale, 0, 0)
  ctx.lineJoin = 'round'
}

/** The base layer, in the SVG's order: inset frames, fills, white borders, highlighted class outlines. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: DrawableScene, paints: ReadonlyMap<string, Paint>, frames: readonly string[], scale: number, border: number = CANVAS_STYLE.shape.width): void {
  prepare(ctx, scale)
  stroke(ctx, frames.join(''), CANVAS_STYLE.frame)
  const u = scene.unit ?? 1
  ctx.setTransform(scale * u, 0, 0, scale * u, 0, 0)
  for (const group of scene.groups) {
    ctx.globalAlpha = group.dimmed ? CANVAS_STYLE.dimmed : 1
    ctx.fillStyle = paints.get(group.fill) ?? 'transparent'
    ctx.fill(path(group.d))
  }
  // `border`: the borders' width for the territories' size (./borders.ts); none when they are too small.
  const shape = { ...CANVAS_STYLE.shape, width: border }
  if (border > 0) {
    ctx.globalAlpha = CANVAS_STYLE.dimmed
    stroke(ctx, scene.dimmedOutline, shape, u)
    ctx.globalAlpha = 1
    stroke(ctx, scene.outline, shape, u)
  }
  ctx.globalAlpha = 1
  ring(ctx, scene.highlight, CANVAS_STYLE.highlight, u)
}

/** The overlay: the hovered territory, the selected one, the focus ring — a few paths, redrawn on each move. */
export function drawOverlay(ctx: CanvasRenderingContext2D, marks: { hovered?: Drawable | undefined; selected?: Drawable | undefined; focused?: Drawable | undefined }, scale: number): void {
  prepare(ctx, scale)
  if (marks.hovered) ring(ctx, marks.hovered, CANVAS_STYLE.hover)
  if (marks.selected) ring(ctx, marks.selected, CANVAS_STYLE.selected)
  if (marks.focused) ring(ctx, marks.focused, CANVAS_STYLE.focus)
}

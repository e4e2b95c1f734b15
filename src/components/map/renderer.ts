import type { ComponentType } from 'preact'
import { oneOf } from '../../core/options.js'
import { CanvasShapes } from './lazy-parts.js'
import { SvgShapes } from './SvgShapes.js'
import type { ShapeLayerProps } from './types.js'

/** `auto` (default): SVG up to {@link rendererDefaults}`.canvasFrom` shapes, canvas beyond; or a layer of one's own. */
export type RendererChoice = 'auto' | 'svg' | 'canvas' | ComponentType<ShapeLayerProps>

export const RENDERERS = ['auto', 'svg', 'canvas'] as const

export const rendererDefaults = {
  /** Chosen by the number of shapes. */
  renderer: 'auto',
  /**
   * From this many shapes `auto` draws on a canvas. Régions, départements, EPCI and the communes
   * of one département (900 at most) stay SVG, where the browser does hit testing and forced-colours
   * styling; the communes of most regions (up to 5,100) and of France (35,000) go to canvas, where an
   * SVG of that many paths is slow to lay out, to paint and to restyle on every hover.
   */
  canvasFrom: 2000,
} as const

/** Checks the `renderer` prop (a name or a component), at the entry. */
export function checkRenderer(value: unknown, name = 'renderer'): RendererChoice {
  if (typeof value === 'function') return value as ComponentType<ShapeLayerProps>
  return oneOf(name, value, RENDERERS, rendererDefaults.renderer)
}

/** The drawing layer for `count` shapes. */
export function shapeLayer(choice: RendererChoice, count: number): ComponentType<ShapeLayerProps> {
  if (typeof choice === 'function') return choice
  if (choice === 'canvas' || (choice === 'auto' && count >= rendererDefaults.canvasFrom)) return CanvasShapes
  return SvgShapes
}

/** Fetches the layer that `count` shapes will be drawn with, when it is loaded on demand (canvas); `false` otherwise. */
export function preloadLayer(choice: RendererChoice, count: number): Promise<void> | false {
  return shapeLayer(choice, count) === CanvasShapes && CanvasShapes.preload()
}

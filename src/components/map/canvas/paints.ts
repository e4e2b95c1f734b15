import { canvasPattern } from '../../../core/scales/canvas-pattern.js'
import { MISSING_BACKGROUND, MISSING_INK, patternId, type MissingPattern } from '../../../core/scales/missing-patterns.js'
import { resolveCssColor } from '../../../core/scales/css-colors.js'

/** What a canvas fills with. */
export type Paint = string | CanvasPattern

/**
 * The canvas paint of each distinct fill: `var(--atlas-class-i, #hex)` resolved on `host` (a page
 * that sets `--atlas-class-2` recolours the canvas as it does the SVG), `url(#…-missing-secret)`
 * as a `CanvasPattern` of the same pattern data, in the resolved `--atlas-missing` colours.
 */
export function resolvePaints(host: Element, ctx: CanvasRenderingContext2D, fills: Iterable<string>, patterns: readonly MissingPattern[], idPrefix: string): Map<string, Paint> {
  const ink = resolveCssColor(host, MISSING_INK)
  const background = resolveCssColor(host, MISSING_BACKGROUND)
  const byUrl = new Map(patterns.map((p) => [`url(#${patternId(idPrefix, p.status)})`, p]))
  const paints = new Map<string, Paint>()
  for (const fill of fills) {
    if (paints.has(fill)) continue
    const pattern = byUrl.get(fill)
    paints.set(fill, pattern ? (canvasPattern(ctx, pattern, ink, background) ?? background) : resolveCssColor(host, fill))
  }
  return paints
}

import type { MissingStatus } from '../types.js'
import { cssVar } from './css-colors.js'

/**
 * A fill pattern for territories without value: one per missing status, told apart by shape
 * (hatching, dots, grid, cross) rather than colour, and never the colour of a low value. Data, not
 * markup, so the SVG renderer (`<pattern>`) and a canvas renderer (`CanvasPattern`) draw the same.
 */
export interface MissingPattern {
  readonly status: MissingStatus
  /** Appended to the widget id to make the `<pattern>` id. */
  readonly idSuffix: string
  /** Side of the square tile, in CSS pixels. */
  readonly size: number
  /** SVG path data of the ink, in tile coordinates. */
  readonly path: string
  /** `stroke`: the path is a line of width `strokeWidth`; `fill`: the path is filled. */
  readonly paint: 'stroke' | 'fill'
  readonly strokeWidth: number
}

/** Ink of the patterns: DSFR grey 200, 11:1 on white. CSS: `--atlas-missing`. */
export const MISSING_INK = cssVar('--atlas-missing', '#3a3a3a')
/** Background of the patterns. CSS: `--atlas-missing-background`. */
export const MISSING_BACKGROUND = cssVar('--atlas-missing-background', '#ffffff')

/**
 * The patterns. Secret: diagonal hatching (the cartographic convention for secrecy); not
 * available: dots; not applicable: horizontal lines; invalid: cross-hatching. Diagonal lines run
 * corner to corner with the neighbouring tiles' corners drawn too, so hatching is seamless.
 */
export const MISSING_PATTERNS: Readonly<Record<MissingStatus, MissingPattern>> = {
  secret: { status: 'secret', idSuffix: 'missing-secret', size: 8, path: 'M0,8L8,0M-2,2L2,-2M6,10L10,6', paint: 'stroke', strokeWidth: 1.5 },
  'not-available': {
    status: 'not-available',
    idSuffix: 'missing-not-available',
    size: 6,
    path: 'M1.5,3a1.5,1.5 0 1,0 3,0a1.5,1.5 0 1,0 -3,0Z',
    paint: 'fill',
    strokeWidth: 0,
  },
  'not-applicable': { status: 'not-applicable', idSuffix: 'missing-not-applicable', size: 6, path: 'M0,3H6', paint: 'stroke', strokeWidth: 1.5 },
  invalid: { status: 'invalid', idSuffix: 'missing-invalid', size: 8, path: 'M0,8L8,0M-2,2L2,-2M6,10L10,6M0,0L8,8M-2,6L2,10M6,-2L10,2', paint: 'stroke', strokeWidth: 1 },
}

/**
 * The pattern's element id for a widget: deterministic (never random) so that server-rendered and
 * hydrated markup agree, and unique per widget so two maps on a page do not share patterns.
 */
export function patternId(widgetId: string, status: MissingStatus): string {
  return `${widgetId}-${MISSING_PATTERNS[status].idSuffix}`
}

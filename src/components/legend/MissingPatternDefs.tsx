import { MISSING_BACKGROUND, MISSING_INK, MISSING_PATTERNS, patternId } from '../../core/scales/missing-patterns.js'
import type { MissingStatus } from '../../core/types.js'
import { MISSING_STATUSES } from '../../core/types.js'

/**
 * SVG `<pattern>` elements of the missing statuses, ids `<prefix>-missing-<status>` (see
 * `patternId`). Put inside an `<svg>`'s `<defs>`; the map and the legend each render their own with
 * their own prefix, so ids stay unique in the page. Colours in `style`: no stylesheet rule on the
 * drawing's paths (the map's `.atlas-map__svg path`) reaches them.
 */
export function MissingPatternDefs({ prefix, statuses = MISSING_STATUSES }: { prefix: string; statuses?: readonly MissingStatus[] }) {
  return (
    <>
      {statuses.map((s) => {
        const p = MISSING_PATTERNS[s]
        return (
          <pattern key={s} id={patternId(prefix, s)} width={p.size} height={p.size} patternUnits="userSpaceOnUse">
            <rect width={p.size} height={p.size} style={{ fill: MISSING_BACKGROUND }} />
            <path d={p.path} style={p.paint === 'fill' ? { fill: MISSING_INK, stroke: 'none' } : { fill: 'none', stroke: MISSING_INK, strokeWidth: p.strokeWidth }} />
          </pattern>
        )
      })}
    </>
  )
}

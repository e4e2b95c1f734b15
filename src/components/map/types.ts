import type { Cell, Level } from '../../core/types.js'
import type { Lang } from '../../core/locale.js'
import type { MissingPattern } from '../../core/scales/missing-patterns.js'

/** One territory as drawn: projected path and centroid, in viewBox units. */
export interface Shape {
  readonly code: string
  readonly name: string
  /** SVG path data. */
  readonly d: string
  /**
   * Its arcs on the edge of the whole drawing (coast, border, the bounds of a `within`), the only part of
   * its grey outline that shows (the rest lies under its neighbours' fills): for each, the index of its
   * ring in `rings` and its first and last points there (an arc starts where the one before it ended; the
   * ring's last ends at its first point again, index `length`). Empty: an inner shape. Absent: not known,
   * the whole outline is stroked.
   */
  readonly runs?: readonly number[]
  /** Its rings in viewBox units (`[x0, y0, x1, y1, …]`, closing point implied), the points `d` writes; required with `runs`. */
  readonly rings?: readonly Float64Array[]
  readonly centroid: readonly [number, number]
  /** [[x0, y0], [x1, y1]] */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]]
}

/** The name of an overseas inset and the top-left corner of its frame, in viewBox units. */
export interface InsetLabel {
  readonly code: string
  /** « Guadeloupe », « Martinique », « Guyane », « La Réunion », « Mayotte ». */
  readonly name: string
  readonly x: number
  readonly y: number
}

/** The projected geometry of one view. */
export interface ViewGeometry {
  readonly shapes: readonly Shape[]
  /** Codes sharing a border, from the topology. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>
  /** Frames drawn around the DROM insets (SVG path data), empty for a region or département view. */
  readonly frames: readonly string[]
  /** Names of the insets framed, drawn in their frames' top-left corner. Default: none. */
  readonly insetLabels?: readonly InsetLabel[]
  readonly width: number
  readonly height: number
}

/** What a tooltip (and the live announcement) says about one territory. */
export interface TooltipInfo {
  readonly code: string
  readonly name: string
  readonly level: Level
  readonly cell: Cell
  /** Value with its unit (« 2,1 % »), or the missing status in words. */
  readonly valueText: string
  /** Rank among the territories with a value, 1 for the highest; `undefined` without a value. */
  readonly rank: number | undefined
  readonly rankedCount: number
  /** « 45ᵉ sur 101 », or `''`. */
  readonly rankText: string
  /** Index of the class (0-based), `undefined` for a missing value. */
  readonly classIndex: number | undefined
  readonly classCount: number
  /** The class's range in words (« de 1,5 à 2,3 % »), or the category. */
  readonly classLabel: string
  readonly lang: Lang
}

/** Props of a shape-drawing layer; the SVG one is the default, a Canvas one can replace it. */
export interface ShapeLayerProps {
  readonly shapes: readonly Shape[]
  /** CSS paint of each territory: a colour, a `var(--atlas-class-i, #hex)`, or a pattern `url(#…)`. */
  readonly fills: ReadonlyMap<string, string>
  /** Pattern definitions for the missing statuses, drawn once. */
  readonly patterns: readonly MissingPattern[]
  /** Codes to emphasise (legend hover): others are dimmed, these outlined. `null`: no emphasis. */
  readonly highlighted: ReadonlySet<string> | null
  readonly selected: string | null
  readonly focused: string | null
  /** The territory another widget of the group points at (a ranking's bar), outlined like the pointer's own. Default: none. */
  readonly hovered?: string | null
  /** DOM id prefix, so pattern and element ids stay unique and deterministic. */
  readonly idPrefix: string
  readonly frames: readonly string[]
  /** Names written in the inset frames. Default: none. */
  readonly insetLabels?: readonly InsetLabel[]
  readonly width: number
  readonly height: number
  readonly onPointerEnter?: (code: string) => void
  readonly onPointerLeave?: (code: string) => void
  readonly onClick?: (code: string) => void
}

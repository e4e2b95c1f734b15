/** One fill of the base layer: the territories sharing a paint and a dimming, as one path. */
export interface SceneGroup {
  /** The model's fill: `var(--atlas-class-i, #hex)` or `url(#…)`. */
  readonly fill: string
  readonly dimmed: boolean
  /** Their SVG path data, concatenated. */
  readonly d: string
}

/** What the base canvas draws, grouped so that 35,000 communes take a few fills and two strokes. */
export interface Scene {
  readonly groups: readonly SceneGroup[]
  /** Outlines of the territories drawn at full opacity, and of the dimmed ones. */
  readonly outline: string
  readonly dimmedOutline: string
  /** Outlines of the highlighted class (legend hover), drawn above every fill. */
  readonly highlight: string
}

/** {@link Scene} with the shapes themselves instead of their joined path data. */
export interface ShapeScene<S> {
  readonly groups: readonly { readonly fill: string; readonly dimmed: boolean; readonly shapes: readonly S[] }[]
  /** Shapes without a fill, outlined at full opacity (the others are in `groups`). */
  readonly unfilled: readonly S[]
  readonly unfilledDimmed: readonly S[]
  readonly highlight: readonly S[]
}

/** Groups shapes by fill and dimming, as {@link buildScene}, keeping the shapes (drawn from their rings). */
export function groupShapes<S extends { readonly code: string }>(shapes: readonly S[], fills: ReadonlyMap<string, string>, highlighted: ReadonlySet<string> | null): ShapeScene<S> {
  const groups = new Map<string, { fill: string; dimmed: boolean; shapes: S[] }>()
  const unfilled: S[] = []
  const unfilledDimmed: S[] = []
  const highlight: S[] = []
  for (const s of shapes) {
    const fill = fills.get(s.code)
    const dimmed = highlighted !== null && !highlighted.has(s.code)
    if (highlighted?.has(s.code)) highlight.push(s)
    if (fill === undefined) {
      ;(dimmed ? unfilledDimmed : unfilled).push(s)
      continue
    }
    const key = dimmed ? `1${fill}` : `0${fill}`
    const group = groups.get(key)
    if (group) group.shapes.push(s)
    else groups.set(key, { fill, dimmed, shapes: [s] })
  }
  return { groups: [...groups.values()], unfilled, unfilledDimmed, highlight }
}

/**
 * Groups shapes by fill (and by dimming, when a legend class is highlighted). Path data of a group
 * is concatenated: one `Path2D` and one `fill()` per group instead of one per territory.
 */
export function buildScene(shapes: readonly { readonly code: string; readonly d: string }[], fills: ReadonlyMap<string, string>, highlighted: ReadonlySet<string> | null): Scene {
  const groups = new Map<string, { fill: string; dimmed: boolean; parts: string[] }>()
  const outline: string[] = []
  const dimmedOutline: string[] = []
  const highlight: string[] = []
  for (const s of shapes) {
    const fill = fills.get(s.code)
    const dimmed = highlighted !== null && !highlighted.has(s.code)
    if (highlighted?.has(s.code)) highlight.push(s.d)
    ;(dimmed ? dimmedOutline : outline).push(s.d)
    if (fill === undefined) continue
    const key = `${dimmed ? 1 : 0}${fill}`
    const group = groups.get(key)
    if (group) group.parts.push(s.d)
    else groups.set(key, { fill, dimmed, parts: [s.d] })
  }
  return {
    groups: [...groups.values()].map(({ fill, dimmed, parts }) => ({ fill, dimmed, d: parts.join('') })),
    outline: outline.join(''),
    dimmedOutline: dimmedOutline.join(''),
    highlight: highlight.join(''),
  }
}

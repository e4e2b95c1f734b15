/** A shape's projected outline as flat coordinate rings, with its bounding box (viewBox units). */
export interface ShapeRings {
  /** Each ring `[x0, y0, x1, y1, …]`, closing point implied. */
  readonly rings: readonly Float64Array[]
  /** `[x0, y0, x1, y1]` */
  readonly box: readonly [number, number, number, number]
}

const TOKEN = /[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g

/**
 * Reads the rings of SVG path data as d3-geo's `geoPath` writes it (`M x,y L x,y … Z`, absolute
 * coordinates only). Picking reads the very coordinates the SVG and the canvas draw — rounded to
 * the path's digits — so a point is given to the territory whose drawn outline holds it.
 */
export function parseRings(d: string): ShapeRings {
  const rings: Float64Array[] = []
  let current: number[] = []
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  let pending: number | undefined
  const close = () => {
    if (current.length >= 6) rings.push(Float64Array.from(current))
    current = []
  }
  for (const [token] of d.matchAll(TOKEN)) {
    if (token === 'M' || token === 'm') close()
    else if (token === 'Z' || token === 'z') close()
    else if (token !== 'L' && token !== 'l') {
      const n = Number(token)
      if (pending === undefined) pending = n
      else {
        current.push(pending, n)
        if (pending < x0) x0 = pending
        if (pending > x1) x1 = pending
        if (n < y0) y0 = n
        if (n > y1) y1 = n
        pending = undefined
      }
    }
  }
  close()
  return { rings, box: [x0, y0, x1, y1] }
}

/** A shape as the renderer gets it: path data, and the projected rings when the projection kept them. */
export interface RingSource {
  readonly d: string
  /** Rings `[x0, y0, x1, y1, …]`, closing point implied: the coordinates `d` writes. */
  readonly rings?: readonly Float64Array[]
}

/**
 * The rings of a shape: handed over by the projection (core/geo/project.ts) when it has them — the
 * same numbers `d` writes, rounded to the path's digits — else read back from `d` by {@link parseRings}.
 */
export function ringsOf(shape: RingSource): ShapeRings {
  const given = shape.rings
  if (!given) return parseRings(shape.d)
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  const rings: Float64Array[] = []
  for (const r of given) {
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i]!
      const y = r[i + 1]!
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
    }
    // As parseRings: a ring of fewer than three points encloses nothing.
    if (r.length >= 6) rings.push(r)
  }
  return { rings, box: [x0, y0, x1, y1] }
}

/** Whether every shape carries its rings (then the canvas never builds nor parses path strings). */
export const haveRings = (shapes: readonly RingSource[]): boolean => shapes.every((s) => s.rings !== undefined)

/** Appends the shapes' rings to `path` as closed subpaths (what `new Path2D(d)` would hold). */
export function traceRings(path: Path2D, shapes: Iterable<RingSource>): Path2D {
  for (const s of shapes) {
    for (const r of s.rings ?? []) {
      if (r.length < 2) continue
      path.moveTo(r[0]!, r[1]!)
      for (let i = 2; i < r.length; i += 2) path.lineTo(r[i]!, r[i + 1]!)
      path.closePath()
    }
  }
  return path
}

/** A shape's projected outline as flat coordinate rings, with its bounding box (viewBox units). */
export interface ShapeRings {
  /** Each ring `[x0, y0, x1, y1, …]`, closing point implied. */
  readonly rings: readonly Float64Array[]
  /** `[x0, y0, x1, y1]` */
  readonly box: readonly [number, number, number, number]
}

const TOKEN = /[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g

/** The rings of three points or more (fewer enclose nothing), with the box of all their points. */
function withBox(all: readonly Float64Array[]): ShapeRings {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const r of all) {
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i]!
      const y = r[i + 1]!
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
    }
  }
  return { rings: all.filter((r) => r.length >= 6), box: [x0, y0, x1, y1] }
}

/**
 * Reads the rings of SVG path data as d3-geo's `geoPath` writes it (`M x,y L x,y … Z`, absolute
 * coordinates only). Picking reads the very coordinates the SVG and the canvas draw — rounded to
 * the path's digits — so a point is given to the territory whose drawn outline holds it.
 */
export function parseRings(d: string): ShapeRings {
  const rings: Float64Array[] = []
  let current: number[] = []
  const close = () => {
    if (current.length > 0) rings.push(Float64Array.from(current))
    current = []
  }
  for (const [token] of d.matchAll(TOKEN)) {
    // Letters sort after digits, '-' and '.': M and Z close the ring, L goes on.
    if (token >= 'A') {
      if (token !== 'L' && token !== 'l') close()
    } else current.push(Number(token))
  }
  close()
  return withBox(rings)
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
  return shape.rings ? withBox(shape.rings) : parseRings(shape.d)
}

/** Grid of the base layer's paths, in device pixels: a point moves by at most half its diagonal, 0.35 px. */
export const GRID_PX = 0.5

/**
 * Path data of `rings` on a grid of `unit` viewBox units ({@link GRID_PX} device pixels at the drawn
 * scale): each point on its nearest grid point, in whole grid units, the next ones as relative moves,
 * consecutive points on one grid point once. At France scale most of a commune's points fall within a
 * pixel of each other, and short integers are quicker to write and for the browser to parse than
 * tenths of a pixel. Rounding a point does not depend on its neighbours, so two territories sharing a
 * border still share it exactly (a border run backwards keeps the same points). A ring that rounding
 * leaves without area is written unrounded: no territory, however small, goes undrawn.
 */
export function gridPath(rings: readonly Float64Array[], unit: number): string {
  const k = 1 / unit
  let d = ''
  for (const r of rings) {
    const n = r.length
    if (n < 2) continue
    const x0 = Math.round(r[0]! * k)
    const y0 = Math.round(r[1]! * k)
    let px = x0
    let py = y0
    // Twice the signed area of the rounded ring (whole numbers: exact).
    let area = 0
    let moves = ''
    for (let i = 2; i < n; i += 2) {
      const x = Math.round(r[i]! * k)
      const y = Math.round(r[i + 1]! * k)
      if (x === px && y === py) continue
      moves += ` ${x - px} ${y - py}`
      area += px * y - x * py
      px = x
      py = y
    }
    if (area + px * y0 - x0 * py !== 0) d += `M${x0} ${y0}l${moves}z`
    // Implicit lines after M's first pair.
    else d += `M${r.map((v) => v * k).join(' ')}z`
  }
  return d
}

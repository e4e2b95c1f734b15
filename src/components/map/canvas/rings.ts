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

import { ringsContain } from './contains.js'
import { ringsOf, type RingSource, type ShapeRings } from './rings.js'

/** Finds the territory under a point of the drawing. */
export interface PickIndex {
  /** Code of the shape whose outline holds `[x, y]` (viewBox units), `undefined` over no shape. */
  pick(x: number, y: number): string | undefined
}

/** Cells per side of the grid: a few shapes per cell for 35,000 communes, one or two for 101 départements. */
export const GRID_CELLS = 128

/**
 * A uniform grid over the drawing: each cell lists the shapes whose bounding box overlaps it; a
 * query tests those candidates exactly ({@link ringsContain}). Not colour picking on a hidden
 * canvas: antialiasing blends two territories' colours along every border.
 */
export function createPickIndex(shapes: readonly (RingSource & { readonly code: string })[], width: number, height: number, cells = GRID_CELLS): PickIndex {
  const sx = cells / width
  const sy = cells / height
  const grid: number[][] = Array.from({ length: cells * cells }, () => [])
  const parsed: ShapeRings[] = shapes.map(ringsOf)
  const clamp = (v: number) => Math.min(cells - 1, Math.max(0, Math.floor(v)))
  parsed.forEach(({ box: [x0, y0, x1, y1] }, i) => {
    if (!(x1 >= x0)) return
    for (let cy = clamp(y0 * sy); cy <= clamp(y1 * sy); cy++) for (let cx = clamp(x0 * sx); cx <= clamp(x1 * sx); cx++) grid[cy * cells + cx]!.push(i)
  })
  return {
    pick(x, y) {
      if (!(x >= 0 && y >= 0 && x <= width && y <= height)) return undefined
      for (const i of grid[clamp(y * sy) * cells + clamp(x * sx)]!) if (ringsContain(parsed[i]!, x, y)) return shapes[i]!.code
      return undefined
    },
  }
}

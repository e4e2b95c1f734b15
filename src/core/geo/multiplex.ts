import type { GeoStream } from 'd3-geo'

/** One stream that forwards every call to each of `streams` (how a composite projection draws). */
export function multiplex(streams: readonly GeoStream[]): GeoStream {
  return {
    point(x, y, z) {
      for (const s of streams) s.point(x, y, z)
    },
    sphere() {
      for (const s of streams) s.sphere?.()
    },
    lineStart() {
      for (const s of streams) s.lineStart()
    },
    lineEnd() {
      for (const s of streams) s.lineEnd()
    },
    polygonStart() {
      for (const s of streams) s.polygonStart()
    },
    polygonEnd() {
      for (const s of streams) s.polygonEnd()
    },
  }
}

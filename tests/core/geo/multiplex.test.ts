import type { GeoStream } from 'd3-geo'
import { expect, it } from 'vitest'
import { multiplex } from '../../../src/core/geo/multiplex.js'

function recorder(log: string[]): GeoStream {
  return {
    point: (x, y) => log.push(`point ${x} ${y}`),
    lineStart: () => log.push('lineStart'),
    lineEnd: () => log.push('lineEnd'),
    polygonStart: () => log.push('polygonStart'),
    polygonEnd: () => log.push('polygonEnd'),
    sphere: () => log.push('sphere'),
  }
}

it('forwards every call, in order, to each stream', () => {
  const a: string[] = []
  const b: string[] = []
  const s = multiplex([recorder(a), recorder(b)])
  s.polygonStart()
  s.lineStart()
  s.point(1, 2)
  s.lineEnd()
  s.polygonEnd()
  s.sphere?.()
  expect(a).toEqual(['polygonStart', 'lineStart', 'point 1 2', 'lineEnd', 'polygonEnd', 'sphere'])
  expect(b).toEqual(a)
})

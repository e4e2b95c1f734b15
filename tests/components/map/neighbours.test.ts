import { describe, expect, it } from 'vitest'
import { pickNeighbour } from '../../../src/components/map/neighbours.js'

// A plus sign of squares, and an island far south-east.
//        N
//     W  C  E
//        S        I
const at = (code: string, x: number, y: number) => [code, { code, centroid: [x, y] as const }] as const
const shapes = new Map([at('C', 0, 0), at('N', 0, -10), at('S', 1, 10), at('E', 10, 2), at('W', -10, 0), at('I', 40, 30)])
const neighbours = new Map<string, string[]>([
  ['C', ['N', 'S', 'E', 'W']],
  ['E', ['C']],
  ['S', ['C']],
])

describe('pickNeighbour', () => {
  it('takes the neighbour whose direction best matches the arrow', () => {
    expect(pickNeighbour('C', 'ArrowRight', shapes, neighbours)).toBe('E')
    expect(pickNeighbour('C', 'ArrowLeft', shapes, neighbours)).toBe('W')
    expect(pickNeighbour('C', 'ArrowUp', shapes, neighbours)).toBe('N')
    expect(pickNeighbour('C', 'ArrowDown', shapes, neighbours)).toBe('S')
  })

  it('falls back to the nearest territory in that half-plane when no neighbour lies that way (an island)', () => {
    expect(pickNeighbour('E', 'ArrowRight', shapes, neighbours)).toBe('I')
    expect(pickNeighbour('S', 'ArrowDown', shapes, neighbours)).toBe('I')
  })

  it('gives nothing when nothing lies that way, or for an unknown territory', () => {
    expect(pickNeighbour('I', 'ArrowRight', shapes, neighbours)).toBeUndefined()
    expect(pickNeighbour('Z', 'ArrowUp', shapes, neighbours)).toBeUndefined()
  })
})

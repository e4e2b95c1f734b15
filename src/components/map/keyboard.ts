import { isDirection, pickNeighbour, type Located } from './neighbours.js'

/** What moving focus needs: territories by name and by rank, centroids, neighbours. */
export interface FocusSpace {
  readonly byName: readonly { code: string; name: string }[]
  readonly byRank: readonly string[]
  readonly located: ReadonlyMap<string, Located>
  readonly neighbours: ReadonlyMap<string, readonly string[]>
}

/**
 * Where focus goes for a navigation key: arrows to the neighbour in that direction, Home/End to
 * the first/last territory by name (`homeEnd: 'name'`) or to the highest/lowest value (`'rank'`).
 * With nothing focused yet, any of these keys starts from the first territory by name. `undefined`:
 * not a navigation key, or nothing that way.
 */
export function navigate(key: string, current: string | null, space: FocusSpace, homeEnd: 'name' | 'rank'): string | undefined {
  const order = homeEnd === 'rank' && space.byRank.length > 0 ? space.byRank : space.byName.map((n) => n.code)
  if (key === 'Home') return order[0]
  if (key === 'End') return order[order.length - 1]
  if (!isDirection(key)) return undefined
  if (current === null || !space.located.has(current)) return space.byName[0]?.code
  return pickNeighbour(current, key, space.located, space.neighbours)
}

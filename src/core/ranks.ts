import type { IndicatorTable } from './indicator-table.js'

/** The ranks of the territories of one view (the départements of a region, the communes of a département…). */
export interface ViewRanks {
  /** Codes with a value, highest first; ties keep the order in which the codes were given. */
  readonly order: string[]
  /** How many territories are ranked: those of the view with a value. */
  readonly count: number
  /** Rank of `code`, 1 for the highest; ties share the best rank (1, 2, 2, 4). `undefined`: no value, or not in the view. */
  rank(code: string): number | undefined
}

/**
 * Ranks the territories `codes` of one view among themselves: a territory not shown never counts, so
 * a view of the 6 départements of a region says « 4ᵉ sur 6 » out of those 6. Missing values (any
 * status other than `ok`, and categories) are left unranked; a code given twice counts once.
 */
export function rankWithin(table: IndicatorTable, codes: Iterable<string>): ViewRanks {
  const ranked: [string, number][] = []
  for (const code of new Set(codes)) {
    const cell = table.get(code)
    if (cell.status === 'ok' && cell.value !== null) ranked.push([code, cell.value])
  }
  // Array.prototype.sort is stable: ties stay in the given order.
  ranked.sort((a, b) => b[1] - a[1])
  const ranks = new Map<string, number>()
  let rank = 0
  ranked.forEach(([code, value], i) => {
    if (i === 0 || ranked[i - 1]![1] !== value) rank = i + 1
    ranks.set(code, rank)
  })
  return { order: ranked.map((r) => r[0]), count: ranked.length, rank: (code) => ranks.get(code) }
}

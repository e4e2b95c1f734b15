import { describe, expect, it } from 'vitest'
import { median, referenceValues } from '../../../src/components/ranking/references.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import type { RatioParts } from '../../../src/core/ratio-parts.js'
import type { Cell } from '../../../src/core/types.js'
import { emptyReport } from '../../../src/core/types.js'

// Bretagne's four départements, a share in %: 1 of 10, 2 of 10, 3 of 20, 4 of 40 → 10 of 80 = 12.5 %.
const BRETAGNE = ['22', '29', '35', '56']
const PARTS: Record<string, readonly [number, number]> = { '22': [1, 10], '29': [2, 10], '35': [3, 20], '56': [4, 40] }
const parts: RatioParts = { scale: 100, get: (code) => PARTS[code] }
const view = { level: 'departement' as const, within: { level: 'region' as const, code: '53' } }

function regions(cells: Record<string, Cell>): IndicatorTable {
  return new IndicatorTable({ level: 'region', indicator: indicatorMeta({ label: 'r' }), cells: new Map(Object.entries(cells)), report: emptyReport('t') })
}

/** The parent reference of the Bretagne view, with the regions' table `tables` and the parts `p`. */
function parent(tables: ReadonlyMap<string, IndicatorTable>, p: RatioParts | undefined, shown = BRETAGNE) {
  const init = { view, table: regions({}), tables, shown, values: [], parts: p, france: undefined, metro: undefined, kinds: ['parent' as const] }
  return referenceValues(init)
}

describe('referenceValues', () => {
  it('defaults: the parent pooled from its territories’ parts when no table gives its value, named', () => {
    expect(parent(new Map(), parts)).toEqual([{ kind: 'parent', value: 12.5, origin: 'pooled', name: 'Bretagne' }])
  })

  it('the parent’s own value first, from its level’s table', () => {
    const tables = new Map([['region', regions({ '53': { value: 11, status: 'ok', raw: '11' } })]])
    expect(parent(tables, parts)).toEqual([{ kind: 'parent', value: 11, origin: 'data', name: 'Bretagne' }])
    // Even without parts.
    expect(parent(tables, undefined)).toEqual([{ kind: 'parent', value: 11, origin: 'data', name: 'Bretagne' }])
  })

  it('pooled when the table has no number for the parent (missing, or a category)', () => {
    for (const cell of [{ value: null, status: 'secret', raw: 's' }, { value: null, status: 'ok', raw: 'x', category: 'x' }] as Cell[]) {
      const tables = new Map([['region', regions({ '53': cell })]])
      expect(parent(tables, parts)).toEqual([{ kind: 'parent', value: 12.5, origin: 'pooled', name: 'Bretagne' }])
    }
  })

  it('no parent reference rather than a guess: no parts, or a territory shown without its parts', () => {
    expect(parent(new Map(), undefined)).toEqual([])
    expect(parent(new Map(), parts, [...BRETAGNE, '44'])).toEqual([])
    // France entière: no parent.
    expect(referenceValues({ view: { level: 'departement', within: null }, table: regions({}), tables: new Map(), shown: BRETAGNE, values: [], parts, france: undefined, metro: undefined, kinds: ['parent'] })).toEqual([])
  })
})

describe('median', () => {
  it('of an odd and an even count, none for no value', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeUndefined()
  })
})

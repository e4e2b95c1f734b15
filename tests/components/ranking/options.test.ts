import { describe, expect, it } from 'vitest'
import { defaults } from '../../../src/components/ranking/defaults.js'
import { checkRankingOptions } from '../../../src/components/ranking/options.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { emptyReport, type Level } from '../../../src/core/types.js'

const tableOf = (level: Level) => new IndicatorTable({ level, indicator: indicatorMeta({ label: 'Part' }), cells: new Map(), report: emptyReport('t') })
const table = tableOf('departement')

describe('checkRankingOptions', () => {
  it('by default: French, descending, auto limit (all up to 20, else 10 + 5), every reference, class colours, the table’s level over France entière', () => {
    const o = checkRankingOptions({ table })
    expect(o).toMatchObject({ lang: 'fr', order: 'desc', limit: 'auto', color: 'classes', method: 'quantile', classes: 5, view: { level: 'departement', within: null } })
    expect(o.references).toEqual(['france', 'metro', 'parent', 'median'])
    expect([defaults.autoAll, defaults.head, defaults.tail]).toEqual([20, 10, 5])
  })

  it('keys the tables by level, checks the starting level and within, and names a bad option', () => {
    const o = checkRankingOptions({ table: [tableOf('region'), table], level: 'departement', within: 'region:53' })
    expect([...o.tables.keys()]).toEqual(['region', 'departement'])
    expect(o.view).toEqual({ level: 'departement', within: { level: 'region', code: '53' } })
    expect(checkRankingOptions({ table, breaks: [1, 2] }).method).toBeUndefined()
    expect(() => checkRankingOptions({ table, level: 'commune' })).toThrow('invalid level: "commune" (no table for this level)')
    expect(() => checkRankingOptions({ table: [table, table] })).toThrow('invalid table')
    expect(() => checkRankingOptions({ table, order: 'random' as never })).toThrow('invalid order: "random"')
    expect(() => checkRankingOptions({ table, within: 'région 53' })).toThrow('invalid within')
    expect(() => checkRankingOptions({ table, classes: 12 })).toThrow('invalid classes: 12')
    expect(() => checkRankingOptions({ table, parts: 3 as never })).toThrow('invalid parts: 3')
  })
})

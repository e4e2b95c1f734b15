import { describe, expect, it } from 'vitest'
import { defaults } from '../../../src/components/map/defaults.js'
import { checkMapOptions } from '../../../src/components/map/options.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { emptyReport } from '../../../src/core/types.js'

const table = new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ label: 'x' }), cells: new Map(), report: emptyReport('t') })

describe('map defaults and options', () => {
  it('has the documented defaults', () => {
    expect(defaults).toMatchObject({ lang: 'fr', method: 'quantile', classes: 5, histogram: false, showTable: false, homeEnd: 'name' })
    expect(defaults.credit.fr).toBe('Contours : IGN Admin Express COG 2018')
  })

  it('applies the defaults once at the entry', () => {
    const o = checkMapOptions({ table })
    expect(o).toMatchObject({ lang: 'fr', method: 'quantile', classes: 5, homeEnd: 'name', view: { level: 'departement', within: null } })
    expect(o.store).toBeUndefined()
    // Every option of the spec is checked, none left as given: the table becomes tables by level.
    expect(Object.keys(o).sort()).toEqual(['breaks', 'classes', 'histogram', 'homeEnd', 'id', 'lang', 'method', 'onReady', 'palette', 'reference', 'renderer', 'showTable', 'store', 'subtitle', 'tables', 'title', 'tooltip', 'view'])
    expect([...o.tables.keys()]).toEqual(['departement'])
  })

  it('leaves the method to the classification when breaks are given (manual), quantile otherwise', () => {
    expect(checkMapOptions({ table, breaks: [1, 2] }).method).toBeUndefined()
    expect(checkMapOptions({ table, breaks: [1, 2], method: 'equal' }).method).toBe('equal')
  })

  it('reads attribute-like strings and rejects bad values with the option name', () => {
    expect(checkMapOptions({ table, classes: '7' as never, within: 'region:53' }).view.within).toEqual({ level: 'region', code: '53' })
    expect(() => checkMapOptions({ table, classes: 12 })).toThrow('invalid classes: 12')
    expect(() => checkMapOptions({ table, method: 'kmeans' as never })).toThrow('invalid method: "kmeans"')
    expect(() => checkMapOptions({ table, within: 'bretagne' })).toThrow('invalid within: "bretagne"')
    expect(() => checkMapOptions({ table, level: 'region' })).toThrow('invalid level: "region"')
    expect(() => checkMapOptions({ table: [table, table] })).toThrow('invalid table')
  })
})

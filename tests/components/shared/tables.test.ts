import { describe, expect, it } from 'vitest'
import { byLevel, classSpec, storeOption, tableSpec } from '../../../src/components/shared/tables.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { emptyReport, type Level } from '../../../src/core/types.js'

const tableOf = (level: Level) => new IndicatorTable({ level, indicator: indicatorMeta({ label: 'Part' }), cells: new Map(), report: emptyReport('t') })

describe('shared table options', () => {
  it('by default: the first table’s level, no store, 5 classes and no method (the widget decides from breaks)', () => {
    const list = tableSpec.table.parse('table', tableOf('region'))
    expect(byLevel(list, tableSpec.level.parse('level', undefined)).level).toBe('region')
    expect(storeOption.parse('store', undefined)).toBeUndefined()
    expect(classSpec.classes.parse('classes', undefined)).toBe(5)
    expect(classSpec.method.parse('method', undefined)).toBeUndefined()
  })

  it('keys tables by level and names what is wrong', () => {
    const store = createSelectionStore()
    expect(storeOption.parse('store', store)).toBe(store)
    const { tables, level } = byLevel([tableOf('region'), tableOf('departement')], 'departement')
    expect([...tables.keys()]).toEqual(['region', 'departement'])
    expect(level).toBe('departement')
    expect(() => tableSpec.table.parse('table', [])).toThrow('invalid table: [] (expected an IndicatorTable)')
    expect(() => byLevel([tableOf('region'), tableOf('region')], undefined)).toThrow('invalid table: "region" (two tables for one level)')
    expect(() => byLevel([tableOf('region')], 'commune')).toThrow('invalid level: "commune" (no table for this level)')
    expect(() => storeOption.parse('store', 'atlas')).toThrow('invalid store: "atlas"')
    expect(() => classSpec.classes.parse('classes', '12')).toThrow('invalid classes: "12"')
  })
})

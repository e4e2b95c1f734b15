import { describe, expect, it } from 'vitest'
import { checkTableOptions } from '../../../src/components/table/options.js'
import { tableSpec } from '../../../src/components/table/spec.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { attributesOf, readSpec } from '../../../src/core/spec/spec.js'
import { emptyReport } from '../../../src/core/types.js'
import { table } from '../../support/table.js'

const deps = table([])
const regions = new IndicatorTable({ level: 'region', indicator: indicatorMeta({ label: 'r' }), cells: new Map(), report: emptyReport('t') })

describe('comparison table options', () => {
  it('applies the defaults once at the entry: French, no extra column, a filter box, following the group’s view', () => {
    const o = checkTableOptions({ tables: [deps] })
    expect(o).toMatchObject({ lang: 'fr', columns: [], filterBox: true, id: 'atlas-table', within: null, followView: true, reference: undefined })
    expect(checkTableOptions({ tables: [deps], within: null }).followView).toBe(false)
    expect(checkTableOptions({ tables: [deps], within: 'region:53' }).within).toEqual({ level: 'region', code: '53' })
  })

  it('reads columns from a list or the attribute text, and rejects anything else', () => {
    expect(checkTableOptions({ tables: [deps], columns: 'rank, gap' as never }).columns).toEqual(['rank', 'gap'])
    expect(checkTableOptions({ tables: [deps], columns: ['gap'] }).columns).toEqual(['gap'])
    expect(() => checkTableOptions({ tables: [deps], columns: ['rang'] as never })).toThrow('invalid columns: ["rang"] (expected a list of rank, gap)')
    expect(() => checkTableOptions({ tables: [deps], columns: 'rank rank' as never })).toThrow('invalid columns')
  })

  it('names the bad option: tables, levels, lang, reference, filterBox', () => {
    expect(() => checkTableOptions({ tables: [] })).toThrow('invalid tables: []')
    expect(() => checkTableOptions({ tables: [deps, regions] })).toThrow('invalid tables: "r" (every table must be of level departement, not region)')
    expect(() => checkTableOptions({ tables: [deps], lang: 'de' as never })).toThrow('invalid lang: "de"')
    expect(() => checkTableOptions({ tables: [deps], reference: { name: 'France', values: [Number.NaN] } })).toThrow('invalid reference')
    expect(() => checkTableOptions({ tables: [deps], reference: 'region' as never })).toThrow('invalid reference: "region" (expected one of france, parent)')
    expect(checkTableOptions({ tables: [deps], reference: 'parent' }).reference).toBe('parent')
    expect(() => checkTableOptions({ tables: [deps], filterBox: 'non' as never })).toThrow('invalid filterBox: "non"')
  })

  it('gives <atlas-table> the same checks through its attributes', () => {
    expect(attributesOf(tableSpec)).toEqual(['lang', 'within', 'title', 'subtitle', 'columns', 'reference', 'filter-box', 'download'])
    const el = document.createElement('div')
    el.setAttribute('columns', 'rank,gap')
    el.setAttribute('filter-box', 'false')
    expect(readSpec(el, tableSpec)).toMatchObject({ ok: true, value: { columns: ['rank', 'gap'], filterBox: false } })
    el.setAttribute('columns', 'écart')
    expect(readSpec(el, tableSpec)).toMatchObject({ ok: false, problem: { attribute: 'columns', value: 'écart' } })
  })
})

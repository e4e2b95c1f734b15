import { describe, expect, it } from 'vitest'
import { computeComparison } from '../../../../src/components/table/compute.js'
import { tableCsv } from '../../../../src/components/table/export/files.js'
import { TABLE_TEXTS } from '../../../../src/core/text/comparison.js'
import { IndicatorTable, indicatorMeta } from '../../../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../../../src/core/types.js'
import { loadRegistry } from '../../../core/registry/setup.js'

const tableOf = (label: string, unit: string, cells: Record<string, Cell>) =>
  new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ label, unit }), cells: new Map(Object.entries(cells)), report: emptyReport('t') })
const ok = (value: number): Cell => ({ value, status: 'ok', raw: String(value) })
const bretagne = { level: 'departement' as const, within: { level: 'region' as const, code: '53' } }

describe('tableCsv', () => {
  const share = tableOf('Part', '%', { '22': ok(2.25), '29': { value: null, status: 'secret', raw: 's' }, '35': ok(3.5), '56': ok(1) })
  const spend = tableOf('=Dépenses', '€', { '22': ok(10), '29': ok(-4.5), '35': ok(25.125), '56': ok(9) })

  it('writes the rows shown (filtered, sorted) and the columns shown, French dialect with BOM, formulas made inert', async () => {
    await loadRegistry()
    const reference = { name: 'France entière', values: [2, 10] }
    const model = computeComparison([share, spend], { view: bretagne, lang: 'fr', columns: ['rank', 'gap'], sort: { key: 'v1', direction: 'descending' }, filter: 'e', reference })
    // « e »: Côtes-d'Armor, Ille-et-Vilaine, Finistère (Morbihan has none), by spending, highest first.
    expect(model.rows.map((r) => r.code)).toEqual(['35', '22', '29'])
    const csv = tableCsv({ model, tables: [share, spend], columns: ['rank', 'gap'], lang: 'fr', texts: TABLE_TEXTS.fr })
    expect(csv.startsWith('\ufeff')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      "code;nom;Part (%);statut — Part;Rang — Part;Écart (points) — Part;'=Dépenses (€);statut — =Dépenses;Rang — =Dépenses;Écart (%) — =Dépenses",
      ';France entière;2;ok;;;10;ok;;',
      '35;Ille-et-Vilaine;3,5;ok;1;1,5;25,125;ok;1;151,25',
      "22;Côtes-d'Armor;2,25;ok;2;0,25;10;ok;2;0",
      '29;Finistère;;secret;;;-4,5;ok;4;-145',
      '',
    ])
  })

  it('English: comma and decimal point; without rank or gap columns, none in the file', async () => {
    await loadRegistry()
    const model = computeComparison([share], { view: bretagne, lang: 'en', columns: [], sort: { key: 'name', direction: 'ascending' } })
    const csv = tableCsv({ model, tables: [share], columns: [], lang: 'en', texts: TABLE_TEXTS.en })
    expect(csv.slice(1).split('\r\n')).toEqual(['code,name,Part (%),status — Part', "22,Côtes-d'Armor,2.25,ok", '29,Finistère,,secret', '35,Ille-et-Vilaine,3.5,ok', '56,Morbihan,1,ok', ''])
  })

  it('a categorical indicator: each cell its category, in the file as in the table, sorted in the categories’ order', async () => {
    await loadRegistry()
    const cat = (category: string): Cell => ({ value: null, status: 'ok', raw: category, category })
    const density = new IndicatorTable({
      level: 'departement',
      indicator: indicatorMeta({ label: 'Densité', kind: 'categorical', categories: ['Dense', 'Intermédiaire', 'Peu dense'] }),
      cells: new Map(Object.entries({ '22': cat('Peu dense'), '29': cat('Intermédiaire'), '35': cat('Dense'), '56': { value: null, status: 'secret', raw: 's' } as Cell })),
      report: emptyReport('t'),
    })
    const model = computeComparison([share, density], { view: bretagne, lang: 'fr', columns: ['rank'], sort: { key: 'v1', direction: 'ascending' } })
    // The categories' order, not the alphabet; the missing value last.
    expect(model.rows.map((r) => r.code)).toEqual(['35', '29', '22', '56'])
    expect(model.rows[0]!.cells[1]).toMatchObject({ text: 'Dense', category: 'Dense', rankText: '–' })
    expect(model.rows[0]!.cells[1]!.bar).toBeUndefined()
    expect(model.rows[3]!.cells[1]!.text).toBe('Secret statistique')
    const csv = tableCsv({ model, tables: [share, density], columns: ['rank'], lang: 'fr', texts: TABLE_TEXTS.fr })
    expect(csv.slice(1).split('\r\n').slice(1, 3)).toEqual(['35;Ille-et-Vilaine;3,5;ok;1;Dense;ok;', '29;Finistère;;secret;;Intermédiaire;ok;'])
  })
})

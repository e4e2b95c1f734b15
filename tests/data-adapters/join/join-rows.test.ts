import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { joinRows } from '../../../data-adapters/join/index.js'
import type { JoinOptions, Row } from '../../../data-adapters/options.js'
import { loadRegistry } from '../../core/registry/setup.js'

function rows(columns: string[], ...lines: (string | number | null)[][]): { columns: string[]; rows: Row[] } {
  return { columns, rows: lines.map((l) => Object.fromEntries(columns.map((c, i) => [c, l[i]]))) }
}
const join = (data: ReturnType<typeof rows>, options: Partial<JoinOptions>) =>
  joinRows(data, { level: 'departement', code: 'Code', value: 'V', ...options } as JoinOptions, { source: 't.csv', rowNumber: (i) => i + 2 })

describe('joinRows', () => {
  it('defaults: label from the value column, empty report, absent territories listed', async () => {
    const t = await join(rows(['Code', 'V'], ['29', '12']), {})
    expect(t.indicator).toEqual({ id: 'v', label: 'V', unit: '', definition: '', source: '', year: '', kind: 'quantitative', digits: 0 })
    expect(t.get('29')).toEqual({ value: 12, status: 'ok', raw: '12' })
    expect(t.report).toMatchObject({ source: 't.csv', rowsRead: 1, matched: 1, unknownCodes: [], duplicates: [], unpaddedCodes: [], warnings: [] })
    expect(t.report.absent).toHaveLength(100)
    expect(t.report.absent).not.toContain('29')
  })

  it('lets the source defaults and then options.indicator fill the metadata', async () => {
    const t = await joinRows(rows(['Code', 'V'], ['29', '1']), { level: 'departement', code: 'Code', value: 'V', indicator: { unit: '€' } }, { source: 's', defaults: { label: 'Dépenses', unit: 'k€', year: '2019' } })
    expect(t.indicator).toMatchObject({ label: 'Dépenses', unit: '€', year: '2019' })
  })

  it('names a missing column and lists the columns', async () => {
    await expect(join(rows(['Code', 'V'], ['29', '1']), { value: 'Total' })).rejects.toThrow('t.csv: value column "Total" not found (columns: "Code", "V")')
    await expect(join(rows(['Code', 'V'], ['29', '1']), { filter: { Secteur: 'Archives' } })).rejects.toThrow('filter column "Secteur" not found')
    // The code column too, with the code and params a widget says it from.
    await expect(join(rows(['Insee', 'V'], ['29', '1']), {})).rejects.toMatchObject({ code: 'column-missing', params: { option: 'code', missing: 'Code', columns: ['Insee', 'V'], source: 't.csv' } })
  })

  it('reads each missing marker into its status and counts them; 0 stays 0', async () => {
    const t = await join(rows(['Code', 'V'], ['01', 's'], ['02', 'nd'], ['03', ''], ['04', '0'], ['05', '1e3'], ['06', 'c'], ['07', 'so']), {})
    expect(t.get('01')).toEqual({ value: null, status: 'secret', raw: 's' })
    expect(t.get('02').status).toBe('not-available')
    expect(t.get('03').status).toBe('not-available')
    expect(t.get('04')).toEqual({ value: 0, status: 'ok', raw: '0' })
    expect(t.get('05')).toEqual({ value: null, status: 'invalid', raw: '1e3' })
    expect(t.get('07').status).toBe('not-applicable')
    expect(t.report.missing).toEqual({ secret: 2, 'not-available': 2, 'not-applicable': 1, invalid: 1 })
  })

  it('decides the decimal separator per column, from the other numeric column if needed, else fails naming the column and row', async () => {
    const fr = await join(rows(['Code', 'V'], ['01', '1,234'], ['02', '12,5']), {})
    expect(fr.get('01').value).toBe(1.234)
    const en = await join(rows(['Code', 'V', 'P'], ['01', '1,234', '2'], ['02', '5', '0.5']), { per: 'P' })
    expect(en.get('01').value).toBe(1234 / 2)
    await expect(join(rows(['Code', 'V'], ['01', '7'], ['02', '1,234']), {})).rejects.toThrow('t.csv: row 3, column "V": cannot tell whether "1,234" uses "," or "." as decimal separator')
  })

  it('rejects a duplicate code without aggregate, naming both rows', async () => {
    await expect(join(rows(['Code', 'V'], ['29', '1'], ['56', '2'], ['29', '3']), {})).rejects.toThrow('t.csv: row 4, column "Code": duplicate code "29" (rows 2, 4); set aggregate')
  })

  it('combines duplicates through aggregate and lists them', async () => {
    const data = rows(['Code', 'V'], ['29', '1'], ['29', '3,5'], ['56', '2'])
    expect((await join(data, { aggregate: 'sum' })).get('29')).toEqual({ value: 4.5, status: 'ok', raw: ['1', '3,5'] })
    expect((await join(data, { aggregate: 'max' })).get('29').value).toBe(3.5)
    expect((await join(data, { aggregate: 'sum' })).report.duplicates).toEqual(['29'])
  })

  it('divides by per and scales; a denominator of 0 is not applicable, a missing one passes its status', async () => {
    const t = await join(rows(['Code', 'V', 'P'], ['01', '3', '4'], ['02', '3', '0'], ['03', '3', 's']), { per: 'P', scale: 100 })
    expect(t.get('01').value).toBe((3 / 4) * 100)
    expect(t.get('02').status).toBe('not-applicable')
    expect(t.get('03').status).toBe('secret')
    expect((await join(rows(['Code', 'V'], ['01', '2,5']), { scale: 1000 })).get('01').value).toBe(2500)
  })

  it('decimals (#8 item 9): a value column gets its written precision, a ratio from per the widgets\' default, the caller\'s digits win', async () => {
    expect((await join(rows(['Code', 'V'], ['01', '88'], ['02', '179']), {})).indicator.digits).toBe(0)
    expect((await join(rows(['Code', 'V'], ['01', '1.25'], ['02', '3.5']), {})).indicator.digits).toBe(2)
    // 3 / 4 × 100 = 75, an integer by chance: still a ratio, no written precision.
    expect((await join(rows(['Code', 'V', 'P'], ['01', '3', '4']), { per: 'P', scale: 100 })).indicator.digits).toBeUndefined()
    expect((await join(rows(['Code', 'V', 'P'], ['01', '3', '4']), { per: 'P', indicator: { digits: 1 } })).indicator.digits).toBe(1)
  })

  it('keeps a repeated denominator once across aggregated rows, and fails when it differs', async () => {
    const same = rows(['Code', 'V', 'P'], ['29', '10', '200'], ['29', '30', '200'])
    expect((await join(same, { per: 'P', aggregate: 'sum' })).get('29').value).toBe((10 + 30) / 200)
    const differ = rows(['Code', 'V', 'P'], ['29', '10', '200'], ['29', '30', '201'])
    await expect(join(differ, { per: 'P', aggregate: 'sum' })).rejects.toThrow('t.csv: row 3, column "P": denominator differs between rows 2 ("200") and 3 ("201")')
  })

  it('keeps only the rows of the filter, and warns when it keeps none', async () => {
    const data = rows(['Code', 'Secteur', 'V'], ['29', 'Archives', '5'], ['29', 'Musées', '7'])
    expect((await join(data, { filter: { Secteur: 'Archives' } })).get('29').value).toBe(5)
    const none = await join(data, { filter: { Secteur: 'Archive' } })
    expect(none.size).toBe(0)
    expect(none.report.warnings[0]).toBe('filter Secteur=Archive kept no row (values of "Secteur": "Archives", "Musées")')
  })

  it('lists unknown codes instead of dropping them silently', async () => {
    // Known codes in the majority: most rows unknown is a wrong file (see level-guess).
    const t = await join(rows(['Code', 'V'], ['29', '1'], ['20', '2'], ['99', '3'], ['abc', '4'], ['99', '5'], ['01', '6'], ['02', '7'], ['03', '8'], ['04', '9']), {})
    expect(t.size).toBe(5)
    expect(t.report.unknownCodes).toEqual(['20', '99', 'abc'])
    expect(t.report.warnings).toContain('3 unknown departement codes: see unknownCodes')
  })

  it('reports codes that lost their leading zeros, and pads them only with padCodes', async () => {
    const data = rows(['Code', 'V'], ['1', '5'], [2, '6'], ['29', '7'], ['30', '8'], ['31', '9'])
    const kept = await join(data, {})
    expect(kept.has('01')).toBe(false)
    expect(kept.report.unpaddedCodes).toEqual(['1', '2'])
    expect(kept.report.unknownCodes).toEqual(['1', '2'])
    const padded = await join(data, { padCodes: true })
    expect(padded.get('01').value).toBe(5)
    expect(padded.get('02').value).toBe(6)
    expect(padded.report.unpaddedCodes).toEqual(['1', '2'])
    expect(padded.report.unknownCodes).toEqual([])
  })

  it('reads 2a, 2A and 2B as the Corsican départements', async () => {
    const t = await join(rows(['Code', 'V'], ['2a', '1'], ['2B', '2']), {})
    expect(t.get('2A').value).toBe(1)
    expect(t.get('2B').value).toBe(2)
  })

  it('joins by name, listing names it cannot match', async () => {
    const t = await joinRows(rows(['Région', 'V'], ['Bretagne', '1'], ['ile de france', '2'], ['Atlantide', '3']), { level: 'region', name: 'Région', value: 'V' }, { source: 's' })
    expect(t.get('53').value).toBe(1)
    expect(t.get('11').value).toBe(2)
    expect(t.report.unknownCodes).toEqual(['Atlantide'])
  })

  it('warns on a header-only source and gives an empty table', async () => {
    const t = await join(rows(['Code', 'V']), {})
    expect(t.size).toBe(0)
    expect(t.report.warnings).toEqual(['the source has no data rows: empty table'])
  })

  it('takes a function of the row as value', async () => {
    const t = await join(rows(['Code', 'A', 'B'], ['29', '2', '3']), { value: (r) => Number(r.A) + Number(r.B) })
    expect(t.get('29').value).toBe(5)
    expect(t.indicator.label).toBe('Indicateur')
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(joinRows(rows(['Code', 'V'], ['29', '1']), { level: 'departement', code: 'Code', value: 'V' }, { source: 's', signal: controller.signal })).rejects.toThrow('stop')
  })

  describe('categorical', () => {
    it('sets category with value null, categories in order of appearance', async () => {
      const t = await join(rows(['Code', 'V'], ['29', 'Peu dense'], ['56', 'Dense'], ['35', 'Peu dense'], ['22', '']), { kind: 'categorical' })
      expect(t.get('29')).toEqual({ value: null, status: 'ok', raw: 'Peu dense', category: 'Peu dense' })
      expect(t.get('22')).toEqual({ value: null, status: 'not-available', raw: '' })
      expect(t.indicator.kind).toBe('categorical')
      expect(t.indicator.categories).toEqual(['Peu dense', 'Dense'])
    })

    it('keeps given categories in their order and flags others invalid', async () => {
      const t = await join(rows(['Code', 'V'], ['29', 'b'], ['56', 'z']), { kind: 'categorical', indicator: { categories: ['a', 'b'] } })
      expect(t.indicator.categories).toEqual(['a', 'b'])
      expect(t.get('56').status).toBe('invalid')
    })

    it('maps a flag column through a value function', async () => {
      const flag = (r: Row): string => (r.ACV ? 'Action cœur de ville' : 'Hors programme')
      const t = await join(rows(['Code', 'ACV'], ['29', 'ACV001'], ['56', '']), { kind: 'categorical', value: flag })
      expect(t.get('29').category).toBe('Action cœur de ville')
      expect(t.get('56').category).toBe('Hors programme')
    })

    it('rejects duplicates without aggregate', async () => {
      await expect(join(rows(['Code', 'V'], ['29', 'a'], ['29', 'b']), { kind: 'categorical' })).rejects.toThrow('duplicate code "29"')
      expect((await join(rows(['Code', 'V'], ['29', 'a'], ['29', 'b']), { kind: 'categorical', aggregate: 'last' })).get('29').category).toBe('b')
    })
  })

  describe('vintage (commune codes of another COG year)', () => {
    const require = createRequire(import.meta.url)
    const communes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; anciensCodes?: string[] }[]
    const current = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code))
    // A commune nouvelle with at least two former codes that are no longer current codes.
    const merged = communes.find((c) => c.type === 'commune-actuelle' && (c.anciensCodes ?? []).filter((o) => !current.has(o)).length >= 2)!
    const [a, b] = merged.anciensCodes!.filter((o) => !current.has(o))

    beforeAll(() => loadRegistry('commune'))

    it('lists old codes as unknown without vintage', async () => {
      const t = await joinRows(rows(['Code', 'V'], [a!, '1'], [merged.code, '2']), { level: 'commune', code: 'Code', value: 'V' }, { source: 's' })
      expect(t.report.unknownCodes).toEqual([a])
      expect(t.size).toBe(1)
    })

    it('translates merged communes, summing numerators and denominators and counting translations', async () => {
      const data = rows(['Code', 'V', 'P'], [a!, '10', '100'], [b!, '30', '300'], ['99999', '1', '1'])
      const t = await joinRows(data, { level: 'commune', code: 'Code', value: 'V', per: 'P', scale: 100, vintage: 2018 }, { source: 's' })
      expect(t.get(merged.code).value).toBe(((10 + 30) / (100 + 300)) * 100)
      expect(t.report.translated).toEqual({ [a!]: merged.code, [b!]: merged.code })
      expect(t.report.untranslatable).toEqual(['99999'])
      expect(t.report.duplicates).toEqual([])
      expect(t.report.merged).toEqual({ [merged.code]: [a, b] })
      const counts = await joinRows(data, { level: 'commune', code: 'Code', value: 'V', vintage: 2018, aggregate: 'sum' }, { source: 's' })
      expect(counts.get(merged.code).value).toBe(40)
      expect(counts.report.merged).toEqual({ [merged.code]: [a, b] })
    })

    it('refuses to add up merged communes without aggregate or per, naming the old codes and the current commune', async () => {
      const data = rows(['Code', 'V'], [a!, '80'], [b!, '120'])
      const error = await joinRows(data, { level: 'commune', code: 'Code', value: 'V', vintage: 2018 }, { source: 's' }).catch((e: unknown) => e)
      expect(error).toMatchObject({ reason: 'merged-communes', params: { current: merged.code, codes: [a, b] }, row: 2, column: 'Code' })
      expect((error as Error).message).toBe(`s: row 2, column "Code": communes ${a}, ${b} (rows 1, 2) were merged into ${merged.code}: set aggregate to combine their values ('sum' for counts), or give per for a ratio`)
      expect((await joinRows(data, { level: 'commune', code: 'Code', value: 'V', vintage: 2018, aggregate: 'mean' }, { source: 's' })).get(merged.code).value).toBe(100)
    })

    it('does not guess a category for merged communes whose rows disagree', async () => {
      const t = await joinRows(rows(['Code', 'V'], [a!, 'Dense'], [b!, 'Peu dense']), { level: 'commune', code: 'Code', value: 'V', kind: 'categorical', vintage: 2018 }, { source: 's' })
      expect(t.get(merged.code).status).toBe('not-available')
      const same = await joinRows(rows(['Code', 'V'], [a!, 'Dense'], [b!, 'Dense']), { level: 'commune', code: 'Code', value: 'V', kind: 'categorical', vintage: 2018 }, { source: 's' })
      expect(same.get(merged.code).category).toBe('Dense')
    })
  })
})

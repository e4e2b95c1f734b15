import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV, withRange } from '../../data-adapters/index.js'
import { depsText } from '../support/deps.js'
import { loadRegistry } from '../core/registry/setup.js'

const csv = (lines: string[]) => fromCSV({ text: `Code,V,P\n${lines.join('\n')}\n`, sourceName: 't.csv', level: 'departement', code: 'Code', value: 'V', per: 'P', scale: 100 }).load()

describe('withRange', () => {
  it('keeps a table with every value inside as it is', async () => {
    const t = await csv(['01,3,4', '02,0,5'])
    expect(withRange(t, [0, 100])).toBe(t)
  })

  it('leaves categories alone: they have no number to be outside of', async () => {
    const t = await fromCSV({ text: 'Code,Grille\n01,Rural\n02,Urbain\n', sourceName: 'c.csv', level: 'departement', code: 'Code', value: 'Grille', kind: 'categorical' }).load()
    const r = withRange(t, [1, 5])
    expect(r.get('01')).toEqual(t.get('01'))
    expect(r.get('01').status).toBe('ok')
    expect(r.report.warnings).toEqual(t.report.warnings)
  })

  it('flags a value outside as invalid, keeps it out of pooled parts, counts and names it; the table given is unchanged', async () => {
    // More cultural enterprises than enterprises: a share of 4 100 % is no figure.
    const t = await csv(['01,3,4', '02,123,3', '03,0,5', '04,5,5'])
    const r = withRange(t, [0, 100])
    expect(r.get('01')).toEqual({ value: 75, status: 'ok', raw: '3' })
    expect(r.get('02')).toEqual({ value: null, status: 'invalid', raw: '123' })
    expect([r.get('03').value, r.get('04').value]).toEqual([0, 100])
    expect(r.report.missing.invalid).toBe(1)
    expect(r.report.warnings).toContain('1 values outside 0 to 100 flagged invalid: 02')
    expect(r.parts?.get('02')).toBeUndefined()
    expect(r.parts?.get('01')).toEqual([3, 4])
    expect([r.level, r.indicator]).toEqual([t.level, t.indicator])
    // The flagged value takes no rank.
    expect(r.codes().filter((c) => r.get(c).status === 'ok')).toEqual(['01', '03', '04'])
    expect(t.get('02').value).toBe(4100)
    expect(t.report.missing.invalid).toBe(0)
  })

  it('flags the source’s own national row outside the range too (the ranking’s « France entière » comes from it first)', async () => {
    const t = await csv(['01,3,4', 'FR,500,4'])
    expect(t.nationalValue('france')).toBe(12500)
    const r = withRange(t, [0, 100])
    expect(r.nationalValue('france')).toBeUndefined()
    expect(r.national.france).toEqual({ value: null, status: 'invalid', raw: '500' })
    expect(r.report.missing.invalid).toBe(0)
    expect(r.report.warnings).toContain('national rows outside 0 to 100 flagged invalid: france')
    expect(r.get('01').value).toBe(75)
    expect(t.nationalValue('france')).toBe(12500)
  })

  it('lists at most five codes', async () => {
    const t = await fromCSV({ text: `Code,V\n${['01', '02', '03', '04', '05', '06', '07'].map((c) => `${c},-1`).join('\n')}\n`, level: 'departement', code: 'Code', value: 'V' }).load()
    expect(withRange(t, [0, 1]).report.warnings).toContain('7 values outside 0 to 1 flagged invalid: 01, 02, 03, 04, 05, …')
  })

  it('refuses a range that is not two increasing numbers, naming it', async () => {
    const t = await csv(['01,3,4'])
    expect(() => withRange(t, [100, 0])).toThrow('invalid range: [100,0] (expected increasing numbers)')
    expect(() => withRange(t, [0, 50, 100] as never)).toThrow('invalid range: [0,50,100] (expected two numbers, lowest then highest)')
    expect(() => withRange(t, 'zéro' as never)).toThrow('invalid range: "zéro"')
  })

  describe('on the reference data', () => {
    beforeAll(() => loadRegistry('commune'))
    it('flags the communes with more cultural enterprises than enterprises (181 rows of the file)', async () => {
      const text = depsText('entreprises-culturelles-du-secteur-marchand', 'commune.csv')
      const [, , count, total] = text.split('\n')[0]!.split(',')
      const t = await fromCSV({ text, level: 'commune', code: 'Code Insee', value: count!, per: total!, scale: 100, vintage: 2018 }).load()
      const over = t.codes().filter((c) => t.get(c).status === 'ok' && t.get(c).value! > 100)
      expect(over.length).toBeGreaterThan(100)
      const r = withRange(t, [0, 100])
      for (const c of over) expect(r.get(c).status, c).toBe('invalid')
      expect(r.codes().filter((c) => r.get(c).status === 'ok' && r.get(c).value! > 100)).toEqual([])
      expect(r.report.missing.invalid - t.report.missing.invalid).toBe(over.length)
    }, 60_000)
  })
})

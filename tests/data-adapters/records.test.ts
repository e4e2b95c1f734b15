import { describe, expect, it } from 'vitest'
import { fromRecords, recordRows } from '../../data-adapters/records.js'

describe('fromRecords', () => {
  it('defaults: source name "records", values keep their type', async () => {
    const source = fromRecords([{ code: '29', v: 12.5 }, { code: '56', v: '3,5' }], { level: 'departement', code: 'code', value: 'v' })
    expect(source.name).toBe('records')
    const t = await source.load()
    expect(t.get('29')).toEqual({ value: 12.5, status: 'ok', raw: 12.5 })
    expect(t.get('56').value).toBe(3.5)
  })

  it('checks options and records at the entry', () => {
    expect(() => fromRecords([], { level: 'pays' as never, code: 'c', value: 'v' })).toThrow('invalid level: "pays"')
    expect(() => fromRecords('x' as never, { level: 'region', code: 'c', value: 'v' })).toThrow('invalid records: "x"')
  })

  it('reads numeric codes that lost their zero like text ones', async () => {
    const t = await fromRecords([{ code: 1, v: 2 }], { level: 'departement', code: 'code', value: 'v', padCodes: true }).load()
    expect(t.get('01').value).toBe(2)
    expect(t.report.unpaddedCodes).toEqual(['1'])
  })

  it('marks nested values invalid rather than reading them', async () => {
    const t = await fromRecords([{ code: '29', v: { n: 1 } }], { level: 'departement', code: 'code', value: 'v' }).load()
    expect(t.get('29').status).toBe('invalid')
  })
})

describe('recordRows', () => {
  it('collects the columns of all records in order of appearance', () => {
    expect(recordRows([{ a: 1 }, { a: 2, b: 3 }, { c: 4 }], 's').columns).toEqual(['a', 'b', 'c'])
  })

  it('names the row of a record that is not an object', () => {
    expect(() => recordRows([{ a: 1 }, [1]], 's')).toThrow('s: row 2: expected an object, got an array')
    expect(() => recordRows([null], 's')).toThrow('s: row 1: expected an object, got null')
  })
})

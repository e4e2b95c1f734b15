import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromRecords } from '../../data-adapters/index.js'
import { pooled } from '../../src/core/ratio-parts.js'
import { franceValue } from '../../src/core/reference.js'
import { DEPARTEMENT_LIST } from '../../src/core/registry/base.js'

// The Deps table read by the test itself: "Département,Code Insee,Nombre d'actifs…,Nombre total d'actifs".
const DEPS = new URL('../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const csv = readFileSync(new URL('actifs-dans-les-secteurs-culturels/departement.csv', DEPS), 'utf8')
const rows = csv.trim().split('\n').slice(1).map((line) => {
  const cells = line.split(',')
  return { code: cells[1]!, count: cells[2]!, total: cells[3]! }
})
const options = { level: 'departement' as const, code: 'code', value: 'count', per: 'total', scale: 100 }

describe('franceValue', () => {
  it('defaults: a table that is not a ratio has no pooled value', async () => {
    const counts = await fromRecords(rows, { level: 'departement', code: 'code', value: 'count' }).load()
    expect(counts.parts).toBeUndefined()
    expect(franceValue(counts)).toBeUndefined()
  })

  it('France entière and métropolitaine are Σ numerators / Σ denominators, not the mean of shares', async () => {
    const table = await fromRecords(rows, options).load()
    const num = rows.reduce((s, r) => s + Number(r.count), 0)
    const den = rows.reduce((s, r) => s + Number(r.total), 0)
    expect(rows).toHaveLength(101)
    expect(franceValue(table)!.value).toBeCloseTo((num / den) * 100, 10)
    expect(franceValue(table)!.excluded).toEqual([])
    expect(franceValue(table)!.how).toBe('pooled')
    const metro = rows.filter((r) => DEPARTEMENT_LIST.find((d) => d.code === r.code)!.zone === 'metro')
    const mNum = metro.reduce((s, r) => s + Number(r.count), 0)
    const mDen = metro.reduce((s, r) => s + Number(r.total), 0)
    expect(franceValue(table, 'metro')!.value).toBeCloseTo((mNum / mDen) * 100, 10)
    const mean = table.values().reduce((s, v) => s + v, 0) / 101
    expect(Math.abs(franceValue(table)!.value - mean)).toBeGreaterThan(0.01)
  })

  it("takes the source's own France and métropole rows first, even for a table that is not a ratio", async () => {
    const national = [...rows, { code: 'FR', count: '3', total: '100' }, { code: 'France métropolitaine', count: '1', total: '40' }]
    const table = await fromRecords(national, options).load()
    expect(franceValue(table)).toEqual({ value: 3, excluded: [], how: 'data' })
    expect(franceValue(table, 'metro')).toEqual({ value: 2.5, excluded: [], how: 'data' })
    const counts = await fromRecords(national, { level: 'departement', code: 'code', value: 'count' }).load()
    expect(franceValue(counts)).toEqual({ value: 3, excluded: [], how: 'data' })
  })

  it('pools an area, names what France leaves out, and refuses a France missing over a tenth', async () => {
    const withSecret = rows.map((r) => (r.code === '2A' ? { ...r, count: 's' } : r))
    const table = await fromRecords(withSecret, options).load()
    const bretagne = ['22', '29', '35', '56']
    const sel = rows.filter((r) => bretagne.includes(r.code))
    const expected = (sel.reduce((s, r) => s + Number(r.count), 0) / sel.reduce((s, r) => s + Number(r.total), 0)) * 100
    expect(pooled(table.parts, bretagne)).toBeCloseTo(expected, 10)
    expect(pooled(table.parts, ['2A', '2B'])).toBeUndefined()
    const without2A = rows.filter((r) => r.code !== '2A')
    const expectedFrance = (without2A.reduce((s, r) => s + Number(r.count), 0) / without2A.reduce((s, r) => s + Number(r.total), 0)) * 100
    expect(franceValue(table)).toEqual({ value: expect.closeTo(expectedFrance, 10), excluded: ['2A'], how: 'pooled' })
    const many = await fromRecords(rows.slice(0, 90), options).load()
    expect(franceValue(many)).toBeUndefined()
  })
})

/**
 * Several indicators of one real Atlas Culture file (../shared/data/deps): one fetch and one parse for
 * all of them, each value equal to a computation made here from the file's lines.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/from-csv.js'
import { fromCSVIndicators } from '../../../data-adapters/csv/from-csv-indicators.js'
import { clearHttpCache } from '../../../data-adapters/http/index.js'
import { territories } from '../../../src/core/registry/index.js'
import { loadRegistry } from '../../core/registry/setup.js'

const parses = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../data-adapters/csv/parse.js', async (original) => {
  const mod = await original<typeof import('../../../data-adapters/csv/parse.js')>()
  return {
    ...mod,
    parseCsvColumnsInSlices: (...args: Parameters<typeof mod.parseCsvColumnsInSlices>) => {
      parses.count++
      return mod.parseCsvColumnsInSlices(...args)
    },
  }
})

const DEPS = new URL('../../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const file = (p: string): string => readFileSync(decodeURIComponent(new URL(p, DEPS).pathname), 'utf8')
const MINISTERE = 'depenses-du-ministere-de-la-culture/departement.csv'
const SECTEURS = 'depenses-culturelles-des-departements/depenses-culturelles.csv'

/** Fields of a CSV line, quotes handled (the sector names hold commas), independent of the adapters. */
const fields = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]!)
const records = (csv: string): string[][] => csv.split('\n').filter((l) => l !== '').map(fields)

/** A fetch that serves the files of ../shared/data/deps and counts its calls. */
function serveDeps() {
  const calls: string[] = []
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input)
    calls.push(url)
    return new Response(file(url.replace('https://deps.example/', '')), { status: 200, headers: { 'content-type': 'text/csv' } })
  })
  return calls
}

beforeAll(() => loadRegistry('commune'))
afterEach(() => {
  vi.unstubAllGlobals()
  clearHttpCache()
  parses.count = 0
})

const perInhabitant = ['Dépénses Fonctionnement', 'Dépénses Investissement', 'Dépénses totales'].map((value) => ({ value, per: 'Population', indicator: { label: `${value} par habitant`, unit: '€' } }))

describe('fromCSVIndicators', () => {
  it('defaults: one table per indicator, in order, each labelled by its value column unless told', async () => {
    const source = fromCSVIndicators({ text: 'Code,A,B\n29,1,2\n', level: 'departement', code: 'Code', indicators: [{ value: 'A' }, { value: 'B' }] })
    expect(source.name).toBe('csv')
    expect(source.count).toBe(2)
    const [a, b] = await source.loadAll()
    expect([a!.indicator.label, b!.indicator.label]).toEqual(['A', 'B'])
    expect([a!.get('29').value, b!.get('29').value]).toEqual([1, 2])
    expect(a!.report.source).toBe('csv')
  })

  it('fetches and parses the file once for three indicators (fromCSV three times: three of each)', async () => {
    const calls = serveDeps()
    const url = `https://deps.example/${MINISTERE}`
    const tables = await fromCSVIndicators({ url, cache: false, level: 'departement', name: 'Département', indicators: perInhabitant }).loadAll()
    expect(tables).toHaveLength(3)
    expect(calls).toEqual([url])
    expect(parses.count).toBe(1)
    calls.length = 0
    parses.count = 0
    for (const ind of perInhabitant) await fromCSV({ url, cache: false, level: 'departement', name: 'Département', ...ind }).load()
    expect(calls).toHaveLength(3)
    expect(parses.count).toBe(3)
  })

  it('three per-inhabitant spendings of the ministry by département equal the file divided here, joined by name', async () => {
    const [header, ...rows] = records(file(MINISTERE))
    const tables = await fromCSVIndicators({ text: file(MINISTERE), sourceName: MINISTERE, level: 'departement', name: 'Département', indicators: perInhabitant }).loadAll()
    const byName = new Map(territories('departement').map((t) => [t.name, t.code]))
    let compared = 0
    for (const row of rows) {
      const code = byName.get(row[0]!)
      if (!code) continue
      perInhabitant.forEach((ind, k) => {
        const expected = Number(row[header!.indexOf(ind.value)]) / Number(row[header!.indexOf('Population')])
        expect(tables[k]!.get(code).value).toBeCloseTo(expected, 9)
      })
      compared++
    }
    expect(compared).toBeGreaterThan(90)
    for (const [k, t] of tables.entries()) {
      expect(t.indicator).toMatchObject({ label: `${perInhabitant[k]!.value} par habitant`, unit: '€' })
      expect(t.report.matched).toBe(rows.length)
      expect(t.report.rowsRead).toBe(rows.length)
      expect(t.report.source).toBe(MINISTERE)
    }
  })

  it('three sectors of one long-format file by filter: spending per inhabitant, each sector its own matches', async () => {
    const [, ...rows] = records(file(SECTEURS))
    const sectors = ['Archives', 'Bibliothèques et médiathèques', 'Musées']
    const tables = await fromCSVIndicators({
      text: file(SECTEURS),
      level: 'departement',
      code: 'Code INSEE',
      per: 'Population',
      scale: 1000,
      indicators: sectors.map((s) => ({ value: 'Total', filter: { Secteur: s }, indicator: { label: s } })),
    }).loadAll()
    sectors.forEach((sector, k) => {
      const lines = rows.filter((r) => r[2] === sector)
      expect(tables[k]!.report.matched).toBe(lines.length)
      for (const r of lines) expect(tables[k]!.get(r[0]!).value).toBeCloseTo((Number(r[5]) / Number(r[6])) * 1000, 9)
      const without = territories('departement').filter((t) => !lines.some((r) => r[0] === t.code))
      for (const t of without) expect(tables[k]!.get(t.code).status).not.toBe('ok')
    })
    // Museums are not in every département's file: fewer matches than archives.
    expect(tables[2]!.report.matched).toBeLessThan(tables[0]!.report.matched)
  })

  it('checks options at the entry with fromCSV’s rules, naming the indicator', () => {
    expect(() => fromCSVIndicators({ text: 'a', level: 'pays' as 'region', code: 'Code', indicators: [{ value: 'A' }] })).toThrow('invalid level: "pays"')
    expect(() => fromCSVIndicators({ text: 'a', level: 'region', code: 'Code', indicators: [{ value: 'A' }, { value: 'B', kind: 'categorical', per: 'T' }] })).toThrow('invalid indicators[1].per: "T"')
    expect(() => fromCSVIndicators({ level: 'region', code: 'Code', indicators: [{ value: 'A' }] })).toThrow('invalid url')
  })

  it('a missing value column names the source and the column', async () => {
    const source = fromCSVIndicators({ text: 'Code,A\n29,1\n', sourceName: 'f.csv', level: 'departement', code: 'Code', indicators: [{ value: 'A' }, { value: 'Z' }] })
    await expect(source.loadAll()).rejects.toThrow(/f\.csv.*value column "Z" not found/)
  })
})

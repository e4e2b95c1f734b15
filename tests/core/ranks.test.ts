import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../data-adapters/csv/index.js'
import { rankWithin } from '../../src/core/ranks.js'
import { depsRatios, depsText, officialDepartements, textbookRanks } from '../support/deps.js'
import { loadRegistry } from './registry/setup.js'
import { ok, table } from '../support/table.js'


describe('rankWithin', () => {
  it('by default (no territory shown) ranks nothing', () => {
    const r = rankWithin(table([['29', ok(1)]]), [])
    expect(r.count).toBe(0)
    expect(r.order).toEqual([])
    expect(r.rank('29')).toBeUndefined()
  })

  it('ranks only the codes given, ties sharing the best rank, missing values unranked, a repeated code once', () => {
    const t = table([
      ['01', ok(3)],
      ['02', ok(5)],
      ['03', ok(3)],
      ['04', { value: null, status: 'secret', raw: 's' }],
      ['05', ok(1)],
      ['06', ok(9)],
    ])
    const r = rankWithin(t, ['05', '03', '01', '02', '04', '03', '07'])
    // 06 is not in the view: 02 is first. 07 has no row: unranked.
    expect(r.order).toEqual(['02', '03', '01', '05'])
    expect(['02', '03', '01', '05', '04', '06', '07'].map((c) => r.rank(c))).toEqual([1, 2, 2, 4, undefined, undefined, undefined])
    expect(r.count).toBe(4)
  })
})

const RATIOS = ['actifs-dans-les-secteurs-culturels', 'actifs-exercant-une-profession-culturelle', 'entreprises-culturelles-du-secteur-marchand'] as const

describe('rankWithin on the Atlas Culture data', () => {
  beforeAll(() => loadRegistry('commune'))

  it.each(RATIOS)('%s: the départements of each region ranked among themselves, as a textbook count says', async (indicator) => {
    const t = await fromCSV({ text: depsText(indicator, 'departement.csv'), level: 'departement', code: 'Code Insee', value: headerOf(indicator, 2), per: headerOf(indicator, 3), scale: 100 }).load()
    const raw = depsRatios(indicator, 'departement.csv')
    const regions = new Map<string, { code: string }[]>()
    for (const d of officialDepartements()) regions.set(d.region, [...(regions.get(d.region) ?? []), d])
    let checked = 0
    for (const [region, deps] of regions) {
      const values = new Map(deps.filter((d) => raw.has(d.code)).map((d) => [d.code, (raw.get(d.code)![0] / raw.get(d.code)![1]) * 100]))
      const expected = textbookRanks(values)
      const r = rankWithin(t, deps.map((d) => d.code))
      expect(r.count, `region ${region}`).toBe(values.size)
      for (const d of deps) expect(r.rank(d.code), `${indicator} ${d.code} in ${region}`).toBe(expected.get(d.code))
      checked += deps.length
    }
    expect(checked).toBe(101)
    // Ranked within Bretagne, Finistère's rank counts 4 départements, not 101.
    expect(rankWithin(t, ['22', '29', '35', '56']).count).toBe(4)
  })

  it.each(['entreprises-culturelles-du-secteur-marchand', 'salaries-actifs-des-secteurs-culturels-marchands'])(
    '%s: the communes of a département ranked among themselves, ties included',
    async (indicator) => {
      const t = await fromCSV({ text: depsText(indicator, 'commune.csv'), level: 'commune', code: 'Code Insee', value: headerOf(indicator, 2), per: headerOf(indicator, 3), scale: 100 }).load()
      const raw = depsRatios(indicator, 'commune.csv')
      for (const dep of ['29', '2A']) {
        const communes = currentCommunes(dep)
        const values = new Map(communes.filter((c) => raw.has(c) && raw.get(c)![1] > 0).map((c) => [c, (raw.get(c)![0] / raw.get(c)![1]) * 100]))
        const expected = textbookRanks(values)
        const r = rankWithin(t, communes)
        expect(r.count).toBe(values.size)
        expect(communes.map((c) => r.rank(c))).toEqual(communes.map((c) => expected.get(c)))
        // Real ties: many communes share a value (0 % of cultural businesses), and share their rank.
        expect(new Set(expected.values()).size).toBeLessThan(values.size)
      }
    },
  )
})

const require = createRequire(import.meta.url)
const communesJson = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; departement: string }[]
const currentCommunes = (dep: string) => communesJson.filter((c) => c.type === 'commune-actuelle' && c.departement === dep).map((c) => c.code)
const headerOf = (indicator: string, i: number) => depsText(indicator, 'departement.csv').split('\n')[0]!.split(',')[i]!.trim()

import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/index.js'
import { computeRanking, shownPositions } from '../../../src/components/ranking/compute.js'
import type { RatioParts } from '../../../src/components/ranking/references.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import type { View } from '../../../src/core/selection.js'
import { loadRegistry } from '../../core/registry/setup.js'
import { depsRatios, depsText, officialDepartements, textbookRanks } from '../../support/deps.js'

const require = createRequire(import.meta.url)
const communesJson = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; departement: string }[]
const header = (indicator: string, file: string, i: number) => depsText(indicator, file).split('\n')[0]!.split(',')[i]!.trim()

async function ratioTable(indicator: string, file: string, level: 'departement' | 'commune'): Promise<IndicatorTable> {
  return fromCSV({ text: depsText(indicator, file), level, code: 'Code Insee', value: header(indicator, file, 2), per: header(indicator, file, 3), scale: 100 }).load()
}
const partsOf = (raw: Map<string, [number, number]>): RatioParts => ({ scale: 100, get: (c) => (raw.has(c) && raw.get(c)![1] > 0 ? ([raw.get(c)![0], raw.get(c)![1]] as const) : undefined) })

/** Independent expectations: values of the view from the raw lines, ranks by counting, order by value then given order. */
function expected(raw: Map<string, [number, number]>, codes: readonly string[]) {
  const values = new Map(codes.filter((c) => raw.has(c) && raw.get(c)![1] > 0).map((c) => [c, (raw.get(c)![0] / raw.get(c)![1]) * 100]))
  const ranks = textbookRanks(values)
  const order = [...values.keys()].sort((a, b) => values.get(b)! - values.get(a)!)
  return { values, ranks, order }
}

const dept: View = { level: 'departement', within: null }

describe('shownPositions', () => {
  it('by default (auto) shows every bar up to 20, otherwise the top 10 and the bottom 5', () => {
    expect(shownPositions(20, 'auto', -1)).toHaveLength(20)
    expect(shownPositions(101, 'auto', -1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 96, 97, 98, 99, 100])
    expect(shownPositions(101, 3, -1)).toEqual([0, 1, 2])
    expect(shownPositions(101, 'all', -1)).toHaveLength(101)
    expect(shownPositions(101, 3, 50)).toEqual([0, 1, 2, 50])
  })
})

describe('computeRanking on the Atlas Culture data', () => {
  beforeAll(() => loadRegistry('commune'))

  it.each(['actifs-dans-les-secteurs-culturels', 'actifs-exercant-une-profession-culturelle', 'entreprises-culturelles-du-secteur-marchand'])(
    '%s: 101 départements ranked, top 10 and bottom 5 shown, the selection kept after a gap with its rank in words',
    async (indicator) => {
      const table = await ratioTable(indicator, 'departement.csv', 'departement')
      const raw = depsRatios(indicator, 'departement.csv')
      const all = officialDepartements().map((d) => d.code)
      const want = expected(raw, all)
      const n = want.values.size
      const selected = want.order[40]!
      const m = computeRanking(table, { view: dept, lang: 'fr', selected })
      expect(m.count).toBe(n)
      expect(m.bars.map((b) => b.value)).toEqual(want.order.map((c) => want.values.get(c)))
      for (const b of m.bars) expect(b.rank, b.code).toBe(want.ranks.get(b.code))
      const shown = m.items.flatMap((i) => (i.kind === 'bar' ? [i.bar.code] : [`gap:${i.hidden}`]))
      const byValue = m.bars.map((b) => b.code)
      expect(shown).toEqual([...byValue.slice(0, 10), `gap:${40 - 10}`, byValue[40], `gap:${n - 5 - 41}`, ...byValue.slice(n - 5)])
      const sel = m.bar(selected)!
      const tied = [...want.ranks.values()].filter((r) => r === want.ranks.get(selected)).length > 1
      expect(sel.text).toBe(`${sel.name}\u00a0: ${sel.valueText}, ${want.ranks.get(selected)}ᵉ${tied ? ' ex æquo' : ''} sur ${n}`)
      // France entière: Σ numerators / Σ denominators of the 101 départements, never the mean of their shares.
      const m2 = computeRanking(table, { view: dept, lang: 'fr', parts: partsOf(raw) })
      const sums = all.reduce((s, c) => (raw.has(c) ? [s[0]! + raw.get(c)![0], s[1]! + raw.get(c)![1]] : [NaN, NaN]), [0, 0])
      const france = m2.references.find((r) => r.kind === 'france')
      if (all.every((c) => raw.has(c))) {
        expect(france!.value).toBeCloseTo((sums[0]! / sums[1]!) * 100, 10)
        const mean = [...want.values.values()].reduce((a, b) => a + b, 0) / n
        expect(Math.abs(france!.value - mean)).toBeGreaterThan(0.05)
        expect(france!.description).toContain('total des numérateurs rapporté au total des dénominateurs')
      } else expect(france).toBeUndefined()
    },
  )

  it('counts ranked stay integers, bars and the median alike: « 97 », never « 97,0 » beside « 179 » (#8 item 9)', async () => {
    const file = 'departement.csv'
    const table = await fromCSV({ text: depsText('entreprises-culturelles-du-secteur-marchand', file), level: 'departement', code: 'Code Insee', value: header('entreprises-culturelles-du-secteur-marchand', file, 2) }).load()
    const m = computeRanking(table, { view: dept, lang: 'fr' })
    expect(m.bars.some((b) => b.value < 100)).toBe(true)
    for (const b of m.bars) expect(b.valueText, b.code).toMatch(/^\d{1,3}(\u202f\d{3})*$/)
    for (const r of m.references) expect(r.valueText).not.toContain(',')
  })

  it('a ratio computed from per keeps the default decimals: one from 1, two below 1 (#8 item 9)', async () => {
    const m = computeRanking(await ratioTable('actifs-dans-les-secteurs-culturels', 'departement.csv', 'departement'), { view: dept, lang: 'fr' })
    for (const b of m.bars) expect(b.valueText, b.code).toMatch(b.value >= 1 ? /^\d+,\d$/ : /^0,\d\d$/)
  })

  it('anchors a reference label by its start near the left edge and by its end near the right one', async () => {
    // Mostly zeros: the median sits on the left edge (communes of a share), where a centred label would
    // spill over the map beside the chart.
    const codes = officialDepartements().map((d) => d.code)
    const text = `code,v\n${codes.map((c, i) => `${c},${i < 60 ? 0 : i}`).join('\n')}\n`
    const table = await fromCSV({ text, level: 'departement', code: 'code', value: 'v' }).load()
    const max = Math.max(...table.codes().map((c) => table.get(c)!.value ?? 0))
    const m = computeRanking(table, { view: dept, lang: 'fr', france: max, metro: max / 2 })
    const ref = (kind: string) => m.references.find((r) => r.kind === kind)!
    expect([ref('median').x, ref('median').align]).toEqual([0, 'start'])
    expect(ref('france').x).toBeGreaterThan(75)
    expect(ref('france').align).toBe('end')
    expect(ref('metro').align).toBe('middle')
  })

  it("takes France entière and the métropole from the source's own rows before pooling them", async () => {
    const indicator = 'actifs-dans-les-secteurs-culturels'
    // France rows that differ from the pooled values: the chart must show the source's, said to be its.
    const text = `${depsText(indicator, 'departement.csv').trimEnd()}\nFrance,FR,3,100\nFrance métropolitaine,FXX,1,40\n`
    const table = await fromCSV({ text, level: 'departement', code: 'Code Insee', value: header(indicator, 'departement.csv', 2), per: header(indicator, 'departement.csv', 3), scale: 100 }).load()
    const m = computeRanking(table, { view: dept, lang: 'fr', parts: table.parts })
    const ref = (kind: string) => m.references.find((r) => r.kind === kind)!
    const [france, metro] = [ref('france'), ref('metro')]
    expect([france.value, france.origin, metro.value, metro.origin]).toEqual([3, 'data', 2.5, 'data'])
    expect(france.description).toBe('France entière\u00a0: 3,0 (valeur de la source)')
    // A value given by the caller still wins over the file's.
    expect(computeRanking(table, { view: dept, lang: 'fr', france: 4 }).references.find((r) => r.kind === 'france')!.value).toBe(4)
  })

  it.each(['entreprises-culturelles-du-secteur-marchand', 'salaries-actifs-des-secteurs-culturels-marchands'])(
    '%s: the communes of Finistère ranked among themselves, ties sharing a rank « ex æquo », missing values listed apart',
    async (indicator) => {
      const table = await ratioTable(indicator, 'commune.csv', 'commune')
      const raw = depsRatios(indicator, 'commune.csv')
      const codes = communesJson.filter((c) => c.type === 'commune-actuelle' && c.departement === '29').map((c) => c.code)
      const want = expected(raw, codes)
      const view: View = { level: 'commune', within: { level: 'departement', code: '29' } }
      const m = computeRanking(table, { view, lang: 'fr', limit: 'all' })
      expect(m.count).toBe(want.values.size)
      for (const b of m.bars) expect(b.rank).toBe(want.ranks.get(b.code))
      const tiedBar = m.bars.find((b) => [...want.ranks.values()].filter((r) => r === b.rank).length > 1)!
      expect(tiedBar.tied).toBe(true)
      expect(tiedBar.rankText).toBe(`${tiedBar.rank}ᵉ ex æquo sur ${want.values.size}`)
      // No missing value is a bar; each is listed by reason.
      const missing = codes.filter((c) => !want.values.has(c))
      expect(m.missing.reduce((s, g) => s + g.count, 0)).toBe(missing.length)
      expect(m.bars.some((b) => missing.includes(b.code))).toBe(false)
    },
  )
})

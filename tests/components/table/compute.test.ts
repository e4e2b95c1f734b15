/**
 * The comparison table's compute step on real Atlas Culture files (../shared/data/deps): every cell,
 * rank and gap equals a computation made here from the files' lines, independent of the adapters.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/from-csv.js'
import { fromCSVIndicators } from '../../../data-adapters/csv/from-csv-indicators.js'
import { arrangeRows, comparisonRows, computeComparison, foldName, rowCount } from '../../../src/components/table/compute.js'
import { defaults } from '../../../src/components/table/defaults.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { territories } from '../../../src/core/registry/index.js'
import { MINISTRY_SPENDING } from '../../../stories/fixtures/comparison.js'
import { loadRegistry } from '../../core/registry/setup.js'

const DEPS = new URL('../../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const file = (p: string): string => readFileSync(decodeURIComponent(new URL(p, DEPS).pathname), 'utf8')
const records = (csv: string): string[][] => csv.split('\n').filter((l) => l !== '').slice(1).map((l) => l.split(','))

/** Ranks as the test computes them: highest first, ties share the best rank. */
function ranksOf(values: Map<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1])
  const out = new Map<string, number>()
  sorted.forEach(([code, v], i) => out.set(code, i > 0 && sorted[i - 1]![1] === v ? out.get(sorted[i - 1]![0])! : i + 1))
  return out
}

const SHARES = ['actifs-dans-les-secteurs-culturels', 'entreprises-culturelles-du-secteur-marchand']
let tables: IndicatorTable[]
/** Expected value per indicator, by département code. */
let expected: Map<string, number>[]

beforeAll(async () => {
  await loadRegistry('commune')
  const shares = await Promise.all(
    SHARES.map((d) => {
      const text = file(`${d}/departement.csv`)
      const [, , value, total] = text.split('\n')[0]!.split(',')
      return fromCSV({ text, level: 'departement', code: 'Code Insee', value: value!, per: total!, scale: 100, indicator: { label: d, unit: '%' } }).load()
    }),
  )
  const ministere = file('depenses-du-ministere-de-la-culture/departement.csv')
  const [spending] = await fromCSVIndicators({ text: ministere, ...MINISTRY_SPENDING, indicators: [...MINISTRY_SPENDING.indicators] }).loadAll()
  tables = [...shares, spending!]
  const byName = new Map(territories('departement').map((t) => [t.name, t.code]))
  expected = [
    ...SHARES.map((d) => new Map(records(file(`${d}/departement.csv`)).map((r) => [r[1]!, (Number(r[2]) / Number(r[3])) * 100] as const))),
    new Map(records(ministere).filter((r) => byName.has(r[0]!)).map((r) => [byName.get(r[0]!)!, Number(r[3]) / Number(r[4])] as const)),
  ]
})

const france = { level: 'departement' as const, within: null }
const bretagne = { level: 'departement' as const, within: { level: 'region' as const, code: '53' } }

describe('computeComparison', () => {
  it('defaults: by name ascending, no extra column, French; rows are the view’s territories', () => {
    expect(defaults).toMatchObject({ lang: 'fr', columns: [], filterBox: true, sort: { key: 'name', direction: 'ascending' } })
    const model = computeComparison(tables, { view: france, lang: defaults.lang, columns: defaults.columns, sort: defaults.sort })
    expect(model.total).toBe(101)
    expect(model.rows.map((r) => r.code).sort()).toEqual(territories('departement').map((t) => t.code).sort())
    const names = model.rows.map((r) => r.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare))
    expect(model.reference).toBeUndefined()
  })

  it('every cell of three département indicators equals the file, ranks within France and within Bretagne too', () => {
    for (const view of [france, bretagne]) {
      const model = computeComparison(tables, { view, lang: 'fr', columns: ['rank'], sort: defaults.sort })
      const codes = view.within ? territories('departement').filter((t) => t.region === '53').map((t) => t.code) : territories('departement').map((t) => t.code)
      expect(model.rows.map((r) => r.code).sort()).toEqual(codes.sort())
      tables.forEach((_, k) => {
        const inView = new Map(codes.filter((c) => expected[k]!.has(c)).map((c) => [c, expected[k]!.get(c)!]))
        const ranks = ranksOf(inView)
        for (const row of model.rows) {
          const cell = row.cells[k]!
          if (inView.has(row.code)) {
            expect(cell.value).toBeCloseTo(inView.get(row.code)!, 9)
            expect(cell.rank).toBe(ranks.get(row.code))
            expect(cell.rankText).toBe(`${ranks.get(row.code)}${ranks.get(row.code) === 1 ? 'ᵉʳ' : 'ᵉ'} sur ${inView.size}`)
          } else {
            // Never blank, never 0: the reason in words.
            expect(cell.value).toBeNull()
            expect(cell.text).toBe('Donnée non disponible')
          }
        }
      })
      if (view.within) expect(model.rows).toHaveLength(4)
    }
  })

  it('writes French numbers with units: share in %, spending in €', () => {
    const model = computeComparison(tables, { view: bretagne, lang: 'fr', columns: [], sort: defaults.sort })
    const finistere = model.rows.find((r) => r.code === '29')!
    const v = expected[0]!.get('29')!
    expect(finistere.cells[0]!.text).toBe(`${v.toFixed(1).replace('.', ',')}\u00a0%`)
    const euros = expected[2]!.get('29')!
    expect(finistere.cells[2]!.text).toBe(`${(euros >= 100 ? euros.toFixed(0) : euros.toFixed(1)).replace('.', ',')}\u00a0€`)
  })

  it('gaps to the reference: points for shares, per cent for amounts; the reference row pinned apart', () => {
    const reference = { name: 'France entière', values: [2.5, 7, 50] }
    const model = computeComparison(tables, { view: france, lang: 'fr', columns: ['gap'], sort: defaults.sort, reference })
    expect(model.gapUnits).toEqual(['points', 'points', '%'])
    expect(model.reference!.name).toBe('France entière')
    expect(model.reference!.cells.map((c) => c.gap)).toEqual([undefined, undefined, undefined])
    for (const row of model.rows) {
      for (const k of [0, 1]) if (expected[k]!.has(row.code)) expect(row.cells[k]!.gap).toBeCloseTo(expected[k]!.get(row.code)! - reference.values[k]!, 9)
      if (expected[2]!.has(row.code)) expect(row.cells[2]!.gap).toBeCloseTo(((expected[2]!.get(row.code)! - 50) / 50) * 100, 9)
    }
    const someBelow = model.rows.find((r) => (r.cells[0]!.gap ?? 0) < 0)!
    expect(someBelow.cells[0]!.gapText).toMatch(/^−\d+,\d\u00a0pt$/)
  })

  it('sorts by an indicator with missing values last in both directions', () => {
    // The indicator whose file leaves out some départements (Mayotte…).
    const k = expected.findIndex((m) => m.size < 101)
    expect(k).toBeGreaterThanOrEqual(0)
    for (const direction of ['ascending', 'descending'] as const) {
      const model = computeComparison(tables, { view: france, lang: 'fr', columns: [], sort: { key: `v${k}`, direction } })
      const values = model.rows.map((r) => r.cells[k]!.value)
      const firstMissing = values.indexOf(null)
      expect(firstMissing).toBeGreaterThan(0)
      expect(values.slice(firstMissing).every((v) => v === null)).toBe(true)
      const present = values.slice(0, firstMissing) as number[]
      const sorted = [...present].sort((a, b) => (direction === 'ascending' ? a - b : b - a))
      expect(present).toEqual(sorted)
    }
  })

  it('a sort or a filter reorders the rows computed once: the same row objects, the same order as computeComparison', () => {
    const computed = comparisonRows(tables, { view: france, lang: 'fr', columns: ['rank', 'gap'] })
    const all = new Set(computed.all)
    for (const [sort, filter] of [[{ key: 'v0', direction: 'descending' }, undefined], [{ key: 'name', direction: 'ascending' }, 'saint']] as const) {
      const rows = arrangeRows(computed.all, { lang: 'fr', sort, filter })
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((r) => all.has(r))).toBe(true)
      expect(rows).toEqual(computeComparison(tables, { view: france, lang: 'fr', columns: ['rank', 'gap'], sort, filter }).rows)
    }
  })

  it('filters by name ignoring accents and case: « reunion » finds La Réunion', () => {
    expect(foldName('La Réunion')).toBe('la reunion')
    const model = computeComparison(tables, { view: france, lang: 'fr', columns: [], sort: defaults.sort, filter: 'reunion' })
    expect(model.rows.map((r) => r.name)).toEqual(['La Réunion'])
    expect(model.total).toBe(101)
    expect(computeComparison(tables, { view: france, lang: 'fr', columns: [], sort: defaults.sort, filter: 'zzz' }).rows).toEqual([])
  })

  it('counts the rows shown by their level’s noun (« 101 départements », « 1 département »), in French and English; none matching said so', () => {
    const count = (filter: string, lang: 'fr' | 'en') => rowCount(computeComparison(tables, { view: france, lang, columns: [], sort: defaults.sort, filter }).rows.length, 'departement', lang)
    expect(count('', 'fr')).toBe('101 départements')
    expect(count('reunion', 'fr')).toBe('1 département')
    expect(count('', 'en')).toBe('101 départements')
    expect(count('zzz', 'fr')).toBe('Aucun territoire ne correspond')
    expect(count('zzz', 'en')).toBe('No territory matches')
    expect(rowCount(18, 'region', 'fr')).toBe('18 régions')
    expect(rowCount(1, 'region', 'en')).toBe('1 region')
  })

  it('draws bars over each column’s range including zero, negative values to the left', async () => {
    const t = await fromCSV({ text: 'Code,V\n29,-5\n22,10\n35,5\n56,s\n', level: 'departement', code: 'Code', value: 'V' }).load()
    const model = computeComparison([t], { view: bretagne, lang: 'fr', columns: [], sort: defaults.sort })
    const bar = (code: string) => model.rows.find((r) => r.code === code)!.cells[0]!.bar
    expect(bar('29')).toEqual({ left: 0, width: (5 / 15) * 100, negative: true })
    expect(bar('22')).toEqual({ left: (5 / 15) * 100, width: (10 / 15) * 100, negative: false })
    expect(bar('56')).toBeUndefined()
    expect(model.rows.find((r) => r.code === '56')!.cells[0]!.text).toBe('Secret statistique')
  })

  it('one commune-level indicator over all communes: every value and rank equals the file', async () => {
    const text = file('population/population.csv')
    const pop = await fromCSV({ text, level: 'commune', code: 'Code Insee', value: 'Population totale', indicator: { unit: 'hab.' } }).load()
    const model = computeComparison([pop], { view: { level: 'commune', within: null }, lang: 'fr', columns: ['rank'], sort: { key: 'v0', direction: 'descending' } })
    const current = new Set(territories('commune').map((c) => c.code))
    const values = new Map(records(text).filter((r) => current.has(r[1]!)).map((r) => [r[1]!, Number(r[2])] as const))
    const ranks = ranksOf(values)
    expect(model.rows.length).toBe(current.size)
    expect(model.rows.length).toBeGreaterThan(34_000)
    let compared = 0
    for (const row of model.rows) {
      const v = values.get(row.code)
      if (v === undefined) {
        expect(row.cells[0]!.value).toBeNull()
        continue
      }
      expect(row.cells[0]!.value).toBe(v)
      expect(row.cells[0]!.rank).toBe(ranks.get(row.code))
      compared++
    }
    expect(compared).toBe(values.size)
    expect(model.rows[0]!.name).toBe('Paris')
    // The explorer's communes of Finistère: communes, not « territoires ».
    const finistere = computeComparison([pop], { view: { level: 'commune', within: { level: 'departement', code: '29' } }, lang: 'fr', columns: [], sort: defaults.sort })
    expect(rowCount(finistere.rows.length, 'commune', 'fr')).toBe('277 communes')
  })
})

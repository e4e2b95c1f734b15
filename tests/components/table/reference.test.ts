/**
 * The table's computed reference rows on real Atlas Culture files (../shared/data/deps): France
 * entière and the area shown, each the ratio of the sums of the file's numerators and denominators,
 * computed here from the file's lines.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/from-csv.js'
import { computeComparison } from '../../../src/components/table/compute.js'
import { defaults, REFERENCE_KINDS } from '../../../src/components/table/defaults.js'
import { pooledReference } from '../../../src/components/table/reference.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { viewTerritories } from '../../../src/components/table/compute.js'
import { loadRegistry } from '../../core/registry/setup.js'

const DEPS = new URL('../../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const file = (p: string): string => readFileSync(decodeURIComponent(new URL(p, DEPS).pathname), 'utf8')
const records = (csv: string): string[][] => csv.split('\n').filter((l) => l !== '').slice(1).map((l) => l.split(','))

// Every département has a row in the first; the second has no row for Mayotte (976).
const SHARES = ['actifs-dans-les-secteurs-culturels', 'entreprises-culturelles-du-secteur-marchand']
let tables: IndicatorTable[]
let count: IndicatorTable
const france = { level: 'departement' as const, within: null }
const bretagne = { level: 'departement' as const, within: { level: 'region' as const, code: '53' } }

/** The reference row computeComparison pins for `reference`, in the view `view`. */
const pinned = (reference: 'france' | 'parent', view: typeof france | typeof bretagne, lang: 'fr' | 'en' = 'fr', of = tables) => {
  const ref = computeComparison(of, { view, lang, columns: ['gap'], sort: defaults.sort, reference }).reference!
  return { name: ref.name, values: ref.cells.map((c) => c.value) }
}

/** Σ numerators / Σ denominators × 100 over `codes`, from the file's lines. */
function pooled(dataset: string, codes: readonly string[]): number {
  const rows = records(file(`${dataset}/departement.csv`)).filter((r) => codes.includes(r[1]!))
  expect(rows).toHaveLength(codes.length)
  return (rows.reduce((s, r) => s + Number(r[2]), 0) / rows.reduce((s, r) => s + Number(r[3]), 0)) * 100
}

beforeAll(async () => {
  await loadRegistry()
  const load = (d: string, per: boolean) => {
    const text = file(`${d}/departement.csv`)
    const [, , value, total] = text.split('\n')[0]!.split(',')
    return fromCSV({ text, level: 'departement', code: 'Code Insee', value: value!, ...(per ? { per: total!, scale: 100 } : {}), indicator: { label: d, unit: per ? '%' : '' } }).load()
  }
  tables = await Promise.all(SHARES.map((d) => load(d, true)))
  count = await load(SHARES[0]!, false)
})

const codes = (view: typeof france | typeof bretagne) => viewTerritories(view).map((t) => t.code)

describe('pooledReference', () => {
  it('defaults: no reference unless asked; the kinds are france and parent', () => {
    expect(REFERENCE_KINDS).toEqual(['france', 'parent'])
    expect(computeComparison(tables, { view: france, lang: 'fr', columns: ['gap'], sort: defaults.sort }).reference).toBeUndefined()
  })

  it('the ratio of the sums over the codes given; null when one has no parts, or for an indicator that is not a ratio', () => {
    const ref = pooledReference([...tables, count], 'Bretagne', ['22', '29', '35', '56'])
    expect(ref.name).toBe('Bretagne')
    for (const k of [0, 1]) expect(ref.values[k]).toBeCloseTo(pooled(SHARES[k]!, ['22', '29', '35', '56']), 9)
    // A count: the mean (or the sum) of the départements' counts is no area's value here.
    expect(ref.values[2]).toBeNull()
    // No row for Mayotte in the second file: the sum of the others is not France's value.
    expect(pooledReference(tables, 'France entière', ['29', '976']).values).toEqual([pooled(SHARES[0]!, ['29', '976']), null])
    expect(pooledReference(tables, 'Nulle part', []).values).toEqual([null, null])
  })

  it('reference "france": France entière over every département, whatever the area shown, in the table’s language', () => {
    const all = codes(france)
    for (const view of [france, bretagne]) {
      const ref = pinned('france', view)
      expect(ref.name).toBe('France entière')
      expect(ref.values[0]).toBeCloseTo(pooled(SHARES[0]!, all), 9)
      expect(ref.values[1]).toBeNull()
    }
    expect(pinned('france', france, 'en').name).toBe('All of France')
  })

  it("reference \"france\": a source's own France row first, for a count too; never for an area", async () => {
    const text = `${file(`${SHARES[1]}/departement.csv`).trimEnd()}\nFrance,FR,3,100\n`
    const [, , value, total] = text.split('\n')[0]!.split(',')
    const share = await fromCSV({ text, level: 'departement', code: 'Code Insee', value: value!, per: total!, scale: 100 }).load()
    const counted = await fromCSV({ text, level: 'departement', code: 'Code Insee', value: value! }).load()
    // Without its row the second file has no France value (no Mayotte row), with it the source's.
    expect(pinned('france', bretagne, 'fr', [share, counted]).values).toEqual([3, 3])
    expect(pinned('parent', bretagne, 'fr', [share]).values[0]).toBeCloseTo(pooled(SHARES[1]!, ['22', '29', '35', '56']), 9)
  })

  it('reference "parent": the area shown, pooled over its départements; France entière when the view is all of France', () => {
    const ref = pinned('parent', bretagne)
    expect(ref.name).toBe('Bretagne')
    expect(codes(bretagne).sort()).toEqual(['22', '29', '35', '56'])
    for (const k of [0, 1]) expect(ref.values[k]).toBeCloseTo(pooled(SHARES[k]!, ['22', '29', '35', '56']), 9)
    expect(pinned('parent', france)).toEqual(pinned('france', france))
  })

  it('computeComparison: the computed row pinned, and each row’s gap in points to it', () => {
    const model = computeComparison(tables, { view: bretagne, lang: 'fr', columns: ['gap'], sort: defaults.sort, reference: 'parent' })
    const ref = pooled(SHARES[0]!, ['22', '29', '35', '56'])
    expect(model.reference!.name).toBe('Bretagne')
    expect(model.reference!.cells[0]!.value).toBeCloseTo(ref, 9)
    const rows = new Map(records(file(`${SHARES[0]}/departement.csv`)).map((r) => [r[1]!, (Number(r[2]) / Number(r[3])) * 100]))
    for (const row of model.rows) expect(row.cells[0]!.gap).toBeCloseTo(rows.get(row.code)! - ref, 9)
  })
})

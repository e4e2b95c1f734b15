/**
 * Every figure, gap and rank of the 18 regional and 101 departmental portraits, checked against a
 * computation made here from the Deps CSVs (../shared/data/deps), read and summed without the library.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { computePortrait, type PortraitFigureInput } from '../../../src/components/portrait/compute.js'
import { fromCSV } from '../../../data-adapters/index.js'
import { DEPARTEMENT_LIST, REGION_LIST } from '../../../src/core/registry/base.js'

const DEPS = new URL('../../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const INDICATORS = [
  { dir: 'actifs-dans-les-secteurs-culturels', label: 'Part des actifs dans les secteurs culturels' },
  { dir: 'actifs-exercant-une-profession-culturelle', label: 'Part des actifs exerçant une profession culturelle' },
  { dir: 'entreprises-culturelles-du-secteur-marchand', label: 'Part des entreprises culturelles' },
  { dir: 'salaries-actifs-des-secteurs-culturels-marchands', label: 'Part des salariés des secteurs culturels marchands' },
] as const
type Level = 'region' | 'departement'

/** code → [numerator, denominator], read with split(','): the files have no quoted field (checked). */
const read = new Map<string, Map<string, [number, number]>>()
function independent(dir: string, level: Level): Map<string, [number, number]> {
  const key = `${dir}|${level}`
  if (!read.has(key)) read.set(key, readIndependent(dir, level))
  return read.get(key)!
}

function readIndependent(dir: string, level: Level): Map<string, [number, number]> {
  const lines = readFileSync(new URL(`${dir}/${level}.csv`, DEPS), 'utf8').trim().split(/\r?\n/).slice(1)
  const out = new Map<string, [number, number]>()
  for (const line of lines) {
    const cells = line.split(',')
    expect(cells, line).toHaveLength(4)
    out.set(cells[1]!, [Number(cells[2]), Number(cells[3])])
  }
  return out
}

const tables = new Map<string, PortraitFigureInput>()
beforeAll(async () => {
  for (const { dir, label } of INDICATORS)
    for (const level of ['region', 'departement'] as const) {
      const text = readFileSync(new URL(`${dir}/${level}.csv`, DEPS), 'utf8')
      const [, code, num, den] = text.split(/\r?\n/)[0]!.split(',')
      const table = await fromCSV({ text, level, code: code!, value: num!, per: den!, scale: 100, indicator: { label, unit: '%' } }).load()
      tables.set(`${dir}|${level}`, { table })
    }
})

function expected(dir: string, level: Level, code: string) {
  const data = independent(dir, level)
  const share = ([n, d]: [number, number]) => (n / d) * 100
  const value = share(data.get(code)!)
  const all = [...data.values()]
  const france = (all.reduce((s, p) => s + p[0], 0) / all.reduce((s, p) => s + p[1], 0)) * 100
  const shares = [...data.values()].map(share)
  const rank = 1 + shares.filter((v) => v > value).length
  const tied = shares.filter((v) => v === value).length > 1
  return { value, france, rank, total: shares.length, tied, data }
}

describe('computePortrait on real data', () => {
  it('defaults: one figure per input, in order, with the indicator’s label and unit', () => {
    const inputs = INDICATORS.map(({ dir }) => tables.get(`${dir}|region`)!)
    const model = computePortrait({ level: 'region', code: '53' }, inputs, 'fr')
    expect(model.name).toBe('Bretagne')
    expect(model.subtitle).toBe('région')
    expect(model.figures.map((f) => f.label)).toEqual(INDICATORS.map((i) => i.label))
    expect(model.figures.every((f) => f.unit === '%')).toBe(true)
  })

  it('every figure, gap to France and rank of the 18 regions', () => {
    for (const r of REGION_LIST) {
      const model = computePortrait({ level: 'region', code: r.code }, INDICATORS.map(({ dir }) => tables.get(`${dir}|region`)!), 'fr')
      INDICATORS.forEach(({ dir }, i) => {
        const f = model.figures[i]!
        // Mayotte has no row in two of the files: a missing figure, never a number.
        if (!independent(dir, 'region').has(r.code)) return expect(f).toMatchObject({ status: 'not-available', value: null, gaps: [] })
        const e = expected(dir, 'region', r.code)
        expect(f.value, `${r.code} ${dir}`).toBeCloseTo(e.value, 9)
        expect(f.gaps[0]!.reference).toBe('france')
        expect(f.gaps[0]!.referenceValue).toBeCloseTo(e.france, 9)
        expect(f.rank).toEqual({ rank: e.rank, total: e.total, tied: e.tied, level: 'region' })
        const shownGap = Number(f.gaps[0]!.gapText.replace('−', '-').replace(/[^\d,+-]/g, '').replace(',', '.'))
        expect(Math.abs(shownGap - Number((e.value - e.france).toFixed(1))), f.gaps[0]!.gapText).toBeLessThan(0.11)
        expect(f.sentence).toContain(f.valueText)
      })
    }
  })

  it('every figure, gap to France and to the region, and rank of the 101 départements', () => {
    for (const d of DEPARTEMENT_LIST) {
      const model = computePortrait({ level: 'departement', code: d.code }, INDICATORS.map(({ dir }) => tables.get(`${dir}|departement`)!), 'fr')
      expect(model.subtitle).toBe(`département, ${REGION_LIST.find((r) => r.code === d.region)!.name}`)
      INDICATORS.forEach(({ dir }, i) => {
        const f = model.figures[i]!
        if (!independent(dir, 'departement').has(d.code)) return expect(f).toMatchObject({ status: 'not-available', value: null, gaps: [] })
        const e = expected(dir, 'departement', d.code)
        expect(f.value).toBeCloseTo(e.value, 9)
        expect(f.gaps[0]!.referenceValue).toBeCloseTo(e.france, 9)
        // The region's value pooled from its départements' numerators and denominators.
        const siblings = DEPARTEMENT_LIST.filter((x) => x.region === d.region).map((x) => e.data.get(x.code)!)
        // The region of Mayotte is Mayotte alone; its value is the département's.
        const region = (siblings.reduce((s, p) => s + p[0], 0) / siblings.reduce((s, p) => s + p[1], 0)) * 100
        if (siblings.length === 1) return expect(f.gaps).toHaveLength(1)
        expect(f.gaps[1]!.reference).toBe('parent')
        expect(f.gaps[1]!.referenceValue).toBeCloseTo(region, 9)
        expect(f.rank).toEqual({ rank: e.rank, total: e.total, tied: e.tied, level: 'departement' })
      })
    }
  })

  it('within a region: ranks among its départements, and the sentence names the area', () => {
    const dir = INDICATORS[0].dir
    const model = computePortrait({ level: 'departement', code: '29' }, [tables.get(`${dir}|departement`)!], 'fr', { level: 'region', code: '53' })
    const data = independent(dir, 'departement')
    const bretagne = DEPARTEMENT_LIST.filter((x) => x.region === '53').map((x) => data.get(x.code)!).map(([n, d]) => n / d)
    const [n, d] = data.get('29')!
    const rank = 1 + bretagne.filter((v) => v > n / d).length
    expect(model.figures[0]!.rank).toMatchObject({ rank, total: 4, tied: false, level: 'departement' })
    expect(model.figures[0]!.sentence).toContain(rank === 4 ? 'au dernier rang des 4 départements de la Bretagne' : `rang des 4 départements de la Bretagne`)
    // A subject outside the area is ranked in France.
    expect(computePortrait({ level: 'departement', code: '33' }, [tables.get(`${dir}|departement`)!], 'fr', { level: 'region', code: '53' }).figures[0]!.rank!.total).toBe(data.size)
  })

  it('France: pooled over every territory, compared with the métropole, with the regions’ spread', () => {
    const model = computePortrait({ level: 'france' }, INDICATORS.map(({ dir }) => tables.get(`${dir}|region`)!), 'fr')
    expect(model.name).toBe('France')
    INDICATORS.forEach(({ dir }, i) => {
      const e = expected(dir, 'region', '53')
      const metro = REGION_LIST.filter((r) => r.zone === 'metro').map((r) => e.data.get(r.code)!)
      const f = model.figures[i]!
      expect(f.value).toBeCloseTo(e.france, 9)
      expect(f.gaps[0]!.reference).toBe('metro')
      expect(f.gaps[0]!.referenceValue).toBeCloseTo((metro.reduce((s, p) => s + p[0], 0) / metro.reduce((s, p) => s + p[1], 0)) * 100, 9)
      const shares = [...e.data.entries()].map(([code, [n, dd]]) => [code, (n / dd) * 100] as const).sort((a, b) => a[1] - b[1])
      expect(f.spread!.min.name).toBe(REGION_LIST.find((r) => r.code === shares[0]![0])!.name)
      expect(f.spread!.max.name).toBe(REGION_LIST.find((r) => r.code === shares.at(-1)![0])!.name)
      expect(f.sentence).toMatch(/^Avec .* la France se situe .* la valeur de la France métropolitaine/)
    })
  })

  it("compares with the source's own France and métropole rows when it has them, said to be the source's", async () => {
    const text = 'code,n,d\n53,1,10\n28,2,10\nFR,3,100\nFXX,1,40'
    const table = await fromCSV({ text, level: 'region', code: 'code', value: 'n', per: 'd', scale: 100, indicator: { label: 'Part', unit: '%' } }).load()
    const region = computePortrait({ level: 'region', code: '53' }, [{ table }], 'fr').figures[0]!
    expect(region.gaps[0]).toMatchObject({ reference: 'france', referenceValue: 3, how: 'data', except: '' })
    const france = computePortrait({ level: 'france' }, [{ table }], 'fr').figures[0]!
    expect(france.value).toBe(3)
    expect(france.gaps[0]).toMatchObject({ reference: 'metro', referenceValue: 2.5, how: 'data' })
  })

  it('writes a missing figure by its reason and never compares it', async () => {
    const text = 'code,n,d\n53,s,100\n29,1,10'
    const table = await fromCSV({ text, level: 'region', code: 'code', value: 'n', per: 'd', scale: 100, indicator: { label: 'Part', unit: '%' } }).load()
    const f = computePortrait({ level: 'region', code: '53' }, [{ table }], 'fr').figures[0]!
    expect(f).toMatchObject({ status: 'secret', value: null, gaps: [] })
    expect(f.sentence).toBe('Part de la Bretagne : non disponible (secret statistique).')
  })
})

/**
 * Every CSV of the Atlas Culture reference data (../shared/data/deps) loads through fromCSV and joins
 * the registry. Expected values are computed here from the raw lines of the files, read with a plain
 * `split` independent of the adapters' parser.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV, type CsvOptions } from '../../data-adapters/csv/index.js'
import { valueText } from '../../src/core/text/value-text.js'
import type { Level } from '../../src/core/types.js'
import { currentCommuneCode, territories, territory } from '../../src/core/registry/index.js'
import { loadRegistry } from '../core/registry/setup.js'

// Not `new URL(path, import.meta.url)` verbatim: Vite rewrites that pattern into a served asset URL.
const DEPS = new URL('../../../shared/data/deps/', import.meta.url.replace(/^(?!file:)/, 'file://'))
const dir = (p: string): string => decodeURIComponent(new URL(p, DEPS).pathname)

interface Meta {
  title: string
  definition: string
  source: string
  année: string
  sheets: Record<string, { rows: number; columns: string[] }>
}
const meta = (indicator: string): Meta => JSON.parse(readFileSync(dir(`${indicator}/meta.json`), 'utf8')) as Meta
const text = (indicator: string, file: string): string => readFileSync(dir(`${indicator}/${file}`), 'utf8')
/** Fields of a line without quoted fields (checked). */
const fields = (line: string): string[] => {
  expect(line).not.toContain('"')
  return line.split(',')
}
const lines = (csv: string): string[] => csv.split('\n').filter((l) => l !== '')

/** The options for one file: its level, columns and the meta.json defaults. */
function optionsFor(indicator: string, file: string): CsvOptions & { level: Level } {
  const m = meta(indicator)
  const columns = m.sheets[file]!.columns
  const code = columns.find((c) => /^code insee$/i.test(c))
  const level: Level = file === 'region.csv' ? 'region' : file === 'departement.csv' ? 'departement' : 'commune'
  const indicatorMeta = { label: m.title, definition: m.definition, source: m.source, year: m.année }
  const categorical = ['grille-communale-de-densite', 'aires-d-attraction-des-villes', 'action-coeur-de-ville'].includes(indicator)
  const value = indicator === 'aires-d-attraction-des-villes' ? 'Typologie' : indicator.startsWith('depenses-culturelles') ? 'Total' : columns[code ? 2 : 3]!
  return {
    text: text(indicator, file),
    sourceName: `${indicator}/${file}`,
    level,
    ...(code ? { code } : { name: columns[0]! }),
    value: indicator === 'action-coeur-de-ville' ? (row) => (row[value] ? 'Action cœur de ville' : 'Hors programme') : value,
    ...(categorical ? { kind: 'categorical' as const } : {}),
    ...(indicator.startsWith('depenses-culturelles') ? { aggregate: 'sum' as const } : {}),
    indicator: indicatorMeta,
  }
}

const all = readdirSync(dir('.')).flatMap((indicator) =>
  readdirSync(dir(indicator))
    .filter((f) => f.endsWith('.csv'))
    .map((file) => ({ indicator, file })),
)

beforeAll(() => loadRegistry('commune'))

describe('the Atlas Culture CSVs', () => {
  it('are all covered below: region, département, commune, long-format and zone-d-emploi files', () => {
    const covered = all.filter(({ indicator, file }) => ['region.csv', 'departement.csv', 'zone-d-emploi.csv', 'commune.csv', `${indicator}.csv`].includes(file) || indicator.startsWith('depenses-culturelles-des-'))
    expect(covered).toEqual(all)
    expect(all.length).toBe(25)
  })

  describe.each(all.filter(({ file }) => file === 'region.csv' || file === 'departement.csv'))('$indicator/$file', ({ indicator, file }) => {
    it('joins every row, with 0 unknown codes, the absent territories listed and meta.json as metadata', async () => {
      const options = optionsFor(indicator, file)
      const t = await fromCSV(options).load()
      const m = meta(indicator)
      const rows = m.sheets[file]!.rows
      expect(t.report.rowsRead).toBe(rows)
      expect(t.report.unknownCodes).toEqual([])
      expect(t.report.matched).toBe(rows)
      const all = territories(options.level).map((x) => x.code)
      expect(t.report.absent).toEqual(all.filter((c) => !t.has(c)))
      expect(t.report.absent.length).toBe(all.length - rows)
      expect(t.indicator).toMatchObject({ label: m.title, source: m.source, year: m.année, definition: m.definition })
      expect(t.report.missing).toEqual({ secret: 0, 'not-available': 0, 'not-applicable': 0, invalid: 0 })
    })
  })

  describe('decimals from the data, the same in every figure (#8 item 9)', () => {
    /** The code and written value of the first data line whose value passes `keep`. */
    const line = (indicator: string, file: string, column: number, keep: (v: number, code: string) => boolean): [string, number] => {
      const f = lines(text(indicator, file)).slice(1).map(fields).find((l) => l[column] !== '' && keep(+l[column]!, l[1]!))!
      return [f[1]!, +f[column]!]
    }

    it('counts stay integers: « 97 », never « 97,0 » beside « 179 » (fails before item 9)', async () => {
      const t = await fromCSV(optionsFor('entreprises-culturelles-du-secteur-marchand', 'departement.csv')).load()
      expect(t.indicator.digits).toBe(0)
      const [code, v] = line('entreprises-culturelles-du-secteur-marchand', 'departement.csv', 2, (x) => x > 10 && x < 100)
      expect(valueText(t.get(code), t.indicator, 'fr')).toBe(String(v))
      // The caller's choice wins.
      expect((await fromCSV({ ...optionsFor('entreprises-culturelles-du-secteur-marchand', 'departement.csv'), indicator: { digits: 1 } }).load()).indicator.digits).toBe(1)
    })

    it('an index written with 15 decimals is shown with 2, also above 100; a column written with 1 keeps 1', async () => {
      const file = 'indice-de-jeunesse.csv'
      const t = await fromCSV(optionsFor('indice-de-jeunesse', file)).load()
      expect(t.indicator.digits).toBe(2)
      const [code, v] = line('indice-de-jeunesse', file, 2, (x, c) => x > 100 && x < 1000 && !Number.isInteger(x * 100) && t.get(c).status === 'ok')
      expect(valueText(t.get(code), t.indicator, 'fr')).toBe(v.toFixed(2).replace('.', ','))
      expect((await fromCSV(optionsFor('evolution-de-la-population', 'evolution-de-la-population.csv')).load()).indicator.digits).toBe(1)
    })

    it('a ratio computed from per has no written precision: the widgets\' default, « 1,7 % »', async () => {
      const file = 'departement.csv'
      const t = await fromCSV({ ...optionsFor('actifs-dans-les-secteurs-culturels', file), per: "Nombre total d'actifs", scale: 100, indicator: { unit: '%' } }).load()
      expect(t.indicator.digits).toBeUndefined()
      const [code] = line('actifs-dans-les-secteurs-culturels', file, 2, () => true)
      const [num, den] = fields(lines(text('actifs-dans-les-secteurs-culturels', file)).find((l) => fields(l)[1] === code)!).slice(2).map(Number)
      expect(valueText(t.get(code), t.indicator, 'fr')).toBe(`${((num! / den!) * 100).toFixed(1).replace('.', ',')}\u00a0%`)
      expect(valueText(t.get(code), t.indicator, 'fr')).toMatch(/^\d,\d\u00a0%$/)
    })
  })

  it('entreprises-culturelles: 17 regions, Mayotte absent (no row in the file)', async () => {
    const csv = text('entreprises-culturelles-du-secteur-marchand', 'region.csv')
    const codes = new Set(lines(csv).slice(1).map((l) => fields(l)[1]))
    const t = await fromCSV(optionsFor('entreprises-culturelles-du-secteur-marchand', 'region.csv')).load()
    expect(t.report.absent).toEqual(territories('region').map((r) => r.code).filter((c) => !codes.has(c)))
    expect(t.report.absent).toEqual(['06'])
  })

  it('depenses-du-ministere-de-la-culture joins by name, every row matched', async () => {
    for (const file of ['region.csv', 'departement.csv']) {
      const t = await fromCSV({ ...optionsFor('depenses-du-ministere-de-la-culture', file), value: 'Dépénses totales' }).load()
      expect(t.report.unknownCodes).toEqual([])
      expect(t.report.matched).toBe(lines(text('depenses-du-ministere-de-la-culture', file)).length - 1)
    }
  })

  it('depenses-du-ministere-de-la-culture: Corsica\'s -1 sentinel declared missing, never a value that ranks last', async () => {
    const file = 'departement.csv'
    const sentinel = lines(text('depenses-du-ministere-de-la-culture', file)).filter((l) => fields(l)[3] === '-1').map((l) => fields(l)[0])
    expect(sentinel).toEqual(['Corse-du-Sud', 'Haute-Corse'])
    const options = { ...optionsFor('depenses-du-ministere-de-la-culture', file), value: 'Dépénses totales', per: 'Population' }
    const plain = await fromCSV(options).load()
    expect(plain.get('2A')).toMatchObject({ status: 'ok', raw: '-1' })
    const t = await fromCSV({ ...options, missing: { '-1': 'not-available' } }).load()
    for (const code of ['2A', '2B']) expect(t.get(code)).toEqual({ value: null, status: 'not-available', raw: '-1' })
    expect(t.report.missing['not-available']).toBe(2)
    expect(Math.min(...t.values())).toBeGreaterThan(0)
  })

  it('share of cultural workers in Bretagne (53) with per and scale 100', async () => {
    const csv = text('actifs-dans-les-secteurs-culturels', 'region.csv')
    const row = fields(lines(csv).find((l) => fields(l)[1] === '53')!)
    const t = await fromCSV({ ...optionsFor('actifs-dans-les-secteurs-culturels', 'region.csv'), per: "Nombre total d'actifs", scale: 100, indicator: { unit: '%' } }).load()
    expect(t.get('53').value).toBeCloseTo((Number(row[2]) / Number(row[3])) * 100, 12)
    expect(t.indicator.unit).toBe('%')
  })

  it('archives spending per inhabitant of Finistère (29), long format filtered, k€ → €', async () => {
    const csv = text('depenses-culturelles-des-departements', 'depenses-culturelles.csv')
    // Code, département, secteur (maybe quoted), fonctionnement, investissement, total, population.
    const parts = lines(csv).map((l) => l.split(','))
    const row = parts.find((p) => p[0] === '29' && p[2] === 'Archives')!
    const [total, population] = [Number(row.at(-2)), Number(row.at(-1))]
    const withArchives = new Set(parts.filter((p) => p[2] === 'Archives').map((p) => p[0]))
    const t = await fromCSV({ ...optionsFor('depenses-culturelles-des-departements', 'depenses-culturelles.csv'), level: 'departement', filter: { Secteur: 'Archives' }, per: 'Population', scale: 1000 }).load()
    expect(t.get('29').value).toBeCloseTo((total / population) * 1000, 12)
    expect(t.report.matched).toBe(withArchives.size)
    expect(t.report.unknownCodes).toEqual([])
  })

  it('regional cultural spending per inhabitant: sectors summed, the repeated population taken once', async () => {
    const csv = text('depenses-culturelles-des-regions', 'depenses-culturelles.csv')
    const parts = lines(csv).map((l) => l.split(',')).filter((p) => p[0] === '53')
    const total = parts.reduce((s, p) => s + Number(p.at(-2)), 0)
    const population = Number(parts[0]!.at(-1))
    const t = await fromCSV({ ...optionsFor('depenses-culturelles-des-regions', 'depenses-culturelles.csv'), level: 'region', per: 'Population', scale: 1000 }).load()
    expect(t.get('53').value).toBeCloseTo((total / population) * 1000, 9)
    expect(t.report.duplicates).toContain('53')
    expect(t.report.unknownCodes).toEqual([])
  })

  describe.each(all.filter(({ file, indicator }) => file === 'commune.csv' || file === `${indicator}.csv`))('$indicator/$file (communes, 2018 codes)', ({ indicator, file }) => {
    it('reports old codes as unknown, and translates them with vintage: 2018', async () => {
      const options = optionsFor(indicator, file)
      const m = meta(indicator)
      const rows = m.sheets[file]!.rows
      const plain = await fromCSV(options).load()
      expect(plain.report.rowsRead).toBe(rows)
      expect(plain.report.matched + plain.report.unknownCodes.length).toBe(rows)
      expect(plain.report.unknownCodes.length).toBeGreaterThan(0)
      if (options.kind === 'categorical') expect(plain.indicator.categories!.length).toBeGreaterThan(1)

      const translated = await fromCSV({ ...options, vintage: 2018, ...(options.kind ? { aggregate: 'first' as const } : { aggregate: 'sum' as const }) }).load()
      const counted = Object.keys(translated.report.translated).length
      expect(counted + translated.report.untranslatable.length).toBe(plain.report.unknownCodes.length)
      expect(translated.report.unknownCodes).toEqual(translated.report.untranslatable)
      expect(translated.report.untranslatable.length).toBeLessThan(plain.report.unknownCodes.length)
      console.info(`${indicator}: ${rows} rows, ${plain.report.unknownCodes.length} unknown codes; vintage 2018: ${counted} translated, ${translated.report.untranslatable.length} untranslatable`)
    })
  })

  it('indice-de-jeunesse with vintage: 2018: merged communes are an error without aggregate, never a sum of indices', async () => {
    const file = 'indice-de-jeunesse.csv'
    // The merges, computed from the registry's history alone: current commune → old codes in the file.
    const byCurrent = new Map<string, string[]>()
    for (const line of lines(text('indice-de-jeunesse', file)).slice(1)) {
      const code = fields(line)[1]!
      // A code that is still current keeps its own commune (which may have absorbed others).
      const current = territory('commune', code) ? code : currentCommuneCode(code)
      if (current !== undefined) byCurrent.set(current, [...(byCurrent.get(current) ?? []), code])
    }
    const merges = [...byCurrent].filter(([, old]) => old.length > 1)
    expect(merges.length).toBeGreaterThan(0)
    const error = await fromCSV({ ...optionsFor('indice-de-jeunesse', file), vintage: 2018 }).load().catch((e: unknown) => e)
    expect(error).toMatchObject({ reason: 'merged-communes' })
    const { current, codes } = (error as { params: { current: string; codes: string[] } }).params
    expect(codes).toEqual(byCurrent.get(current))
    expect((error as Error).message).toContain(`communes ${codes.join(', ')} (rows `)
    expect((error as Error).message).toContain(`were merged into ${current}`)
    const mean = await fromCSV({ ...optionsFor('indice-de-jeunesse', file), vintage: 2018, aggregate: 'mean' }).load()
    expect(Object.keys(mean.report.merged).sort()).toEqual(merges.map(([c]) => c).sort())
  })

  describe.each(all.filter(({ file }) => file === 'zone-d-emploi.csv'))('$indicator/$file', ({ indicator, file }) => {
    // No zone d'emploi level exists: at every level the 4-character codes are unknown, never mis-joined,
    // and a file of which no row joins is an error, not an empty map.
    // (With padCodes: true at commune level, `1105` would become commune `01105`: padding is the caller's claim.)
    it.each(['region', 'departement', 'commune'] as const)('fails at level %s, showing the first codes and naming no level', async (level) => {
      const rows = meta(indicator).sheets[file]!.rows
      const first = lines(text(indicator, file)).slice(1, 6).map((l) => fields(l)[1])
      const error = await fromCSV({ ...optionsFor(indicator, file), level, code: 'Code Insee' }).load().catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'DataError', reason: 'wrong-level', column: 'Code Insee', params: { level, rows, kept: rows, codes: first } })
      expect((error as Error & { params: { guess?: string } }).params.guess).toBeUndefined()
      expect((error as Error).message).toBe(`${indicator}/${file}: column "Code Insee": ${rows} of ${rows} rows have a code that is not a ${level} code (${first.join(', ')}…)`)
    })
  })

  describe('a file read at the wrong level', () => {
    it('département file at level region: an error saying the codes look like départements, never Aude on Île-de-France', async () => {
      const file = 'departement.csv'
      const rows = meta('actifs-dans-les-secteurs-culturels').sheets[file]!.rows
      const codes = lines(text('actifs-dans-les-secteurs-culturels', file)).slice(1).map((l) => fields(l)[1]!)
      const unknown = codes.filter((c) => !territory('region', c)).length
      expect(unknown).toBeGreaterThan(rows / 2)
      const error = await fromCSV({ ...optionsFor('actifs-dans-les-secteurs-culturels', file), level: 'region' }).load().catch((e: unknown) => e)
      expect(error).toMatchObject({ reason: 'wrong-level', params: { level: 'region', guess: 'departement', rows: unknown, kept: rows } })
      expect((error as Error).message).toBe(`actifs-dans-les-secteurs-culturels/${file}: column "Code Insee": ${unknown} of ${rows} rows have a code that is not a region code: these codes look like departement codes`)
    })

    it('commune file at level epci: an error saying the codes look like communes (the map was all « non disponible »)', async () => {
      const options = optionsFor('population', 'population.csv')
      const error = await fromCSV({ ...options, level: 'epci' }).load().catch((e: unknown) => e)
      const rows = meta('population').sheets['population.csv']!.rows
      expect(error).toMatchObject({ reason: 'wrong-level', params: { level: 'epci', guess: 'commune', rows, kept: rows } })
    })

    it('a minority of unknown codes still loads, each listed in the report', async () => {
      const csv = text('actifs-dans-les-secteurs-culturels', 'departement.csv')
      const [header, ...rest] = lines(csv)
      const t = await fromCSV({ ...optionsFor('actifs-dans-les-secteurs-culturels', 'departement.csv'), text: [header, ...rest, rest[0]!.replace(/^([^,]*),[^,]*/, '$1,98')].join('\n') }).load()
      expect(t.report.unknownCodes).toEqual(['98'])
      expect(t.report.matched).toBe(rest.length)
    })
  })
})

/**
 * National rows (France entière, France métropolitaine) in a territorial file: read as the table's
 * `national` cells, never joined to a territory nor listed as unknown codes. Checked on the real
 * regional file of cultural workers with France rows added, their expected values computed here.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/index.js'
import { nationalKind } from '../../../data-adapters/join/national.js'
import { territories } from '../../../src/core/registry/index.js'
import { loadRegistry } from '../../core/registry/setup.js'

const FILE = new URL('../../../../shared/data/deps/actifs-dans-les-secteurs-culturels/region.csv', import.meta.url.replace(/^(?!file:)/, 'file://'))
const CSV = readFileSync(decodeURIComponent(FILE.pathname), 'utf8')
const [HEADER, ...LINES] = CSV.split('\n').filter((l) => l !== '')
const NUM = "Nombre d'actifs dans les secteurs culturels"
const DEN = "Nombre total d'actifs"

beforeAll(() => loadRegistry())

describe('nationalKind', () => {
  it('knows the codes and names of France and of its métropole, in any case and accents', () => {
    for (const s of ['FR', 'fra', 'France', ' FRANCE ', 'France entière', 'france-entiere', 'FRANCE ENTIERE']) expect(nationalKind(s)).toBe('france')
    for (const s of ['FXX', 'FM', 'France métropolitaine', 'FRANCE METRO.', 'france_metropolitaine', 'France métro']) expect(nationalKind(s)).toBe('metro')
  })

  it('takes no territory for France: codes, names and numbers stay territories', () => {
    for (const s of ['29', '2A', 'Île-de-France', 'Hauts-de-France', 'FR-29', 'Francheville', '', 75]) expect(nationalKind(s)).toBeUndefined()
    for (const level of ['region', 'departement'] as const) for (const t of territories(level)) expect([nationalKind(t.code), nationalKind(t.name)]).toEqual([undefined, undefined])
  })
})

describe('a file with France rows', () => {
  // The sums of the 18 regions (DROM included) and of the 13 metropolitan ones, written as France rows.
  const rows = LINES.map((l) => l.split(','))
  const sum = (pick: (r: string[]) => boolean, column: number) => rows.filter(pick).reduce((s, r) => s + Number(r[column]), 0)
  const metro = (r: string[]) => Number(r[1]) > 6
  const france = [sum(() => true, 2), sum(() => true, 3)] as const
  const fxx = [sum(metro, 2), sum(metro, 3)] as const
  const text = [HEADER, ...LINES, `France,FR,${france[0]},${france[1]}`, `France métropolitaine,FXX,${fxx[0]},${fxx[1]}`].join('\n')

  it('reads France and the métropole from their rows: a ratio as its numerator over its denominator', async () => {
    const t = await fromCSV({ text, level: 'region', code: 'Code Insee', value: NUM, per: DEN, scale: 100 }).load()
    expect(rows).toHaveLength(18)
    expect(t.national.france).toEqual({ value: (france[0] / france[1]) * 100, status: 'ok', raw: String(france[0]) })
    expect(t.national.metro!.value).toBeCloseTo((fxx[0] / fxx[1]) * 100, 12)
    expect(t.report.unknownCodes).toEqual([])
    expect(t.size).toBe(18)
    expect(t.has('FR')).toBe(false)
  })

  it('reads a count as written, by name too, and a missing marker as its reason', async () => {
    const t = await fromCSV({ text, level: 'region', name: 'Région', value: NUM }).load()
    expect(t.national.france!.value).toBe(france[0])
    const secret = await fromCSV({ text: [HEADER, LINES[0], 'France,FR,s,1'].join('\n'), level: 'region', code: 'Code Insee', value: NUM }).load()
    expect(secret.national.france).toEqual({ value: null, status: 'secret', raw: 's' })
  })

  it('gives no France value when two rows claim it, and says so', async () => {
    const t = await fromCSV({ text: [text, 'France,FR,1,2'].join('\n'), level: 'region', code: 'Code Insee', value: NUM }).load()
    expect(t.national.france).toBeUndefined()
    expect(t.report.warnings).toContain('2 rows for france (rows 20, 22): no france value')
  })

  it('has none when the source has no national row', async () => {
    const t = await fromCSV({ text: CSV, level: 'region', code: 'Code Insee', value: NUM }).load()
    expect(t.national).toEqual({})
  })
})

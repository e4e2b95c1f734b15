import { describe, expect, it } from 'vitest'
import { dataSpec, type DataAttributes } from '../../src/embed/data-attributes.js'
import { checkSpec } from '../../src/core/spec/spec.js'
import { indicatorTables } from '../../src/embed/indicator-tables.js'

const attrs = (a: Record<string, string>): DataAttributes => checkSpec(dataSpec, a)
const SHARE = attrs({ src: '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv', level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels", per: "Nombre total d'actifs", scale: '100' })
const JOBS = attrs({ src: '/data/deps/actifs-exercant-une-profession-culturelle/departement.csv', level: 'departement', code: 'Code Insee', value: "Nombre d'actifs exerçant une profession culturelle", per: "Nombre total d'actifs", scale: '100' })
const where = (i: number) => `atlas-indicator[${i + 1}] `
const signal = () => new AbortController().signal
// Groups are keyed by their store (any object): the loads go with it.
const [g1, g2, g3, g4] = [{}, {}, {}, {}]

describe('indicatorTables', () => {
  it('loads each indicator in order, the values those of the file (Finistère: actifs / total × 100)', async () => {
    const [share, jobs] = await indicatorTables([SHARE, JOBS], undefined, 'atlas-table', where, signal())
    const text = await (await fetch(SHARE.src)).text()
    const [, , num, den] = text.split(/\r?\n/).find((l) => l.split(',')[1] === '29')!.split(',')
    expect(share!.get('29')!.value).toBeCloseTo((Number(num) / Number(den)) * 100, 10)
    expect(jobs!.indicator.label).toBe("Nombre d'actifs exerçant une profession culturelle")
  })

  it('elements of one group showing the same indicator share one load; another group or no group loads its own', async () => {
    const [a] = await indicatorTables([SHARE], g1, 'atlas-table', where, signal())
    const [b, c] = await indicatorTables([JOBS, SHARE], g1, 'atlas-portrait', where, signal())
    expect(c).toBe(a)
    expect(b).not.toBe(a)
    const [other] = await indicatorTables([SHARE], g2, 'atlas-table', where, signal())
    const [alone] = await indicatorTables([SHARE], undefined, 'atlas-table', where, signal())
    expect(other).not.toBe(a)
    expect(alone).not.toBe(a)
    expect(other!.get('29')!.value).toBe(a!.get('29')!.value)
  })

  it('checks every indicator before fetching, naming the child; a failed load is tried again', async () => {
    const both = { ...SHARE, code: 'Code Insee', name: 'Département' }
    await expect(indicatorTables([SHARE, both], g3, 'atlas-table', where, signal())).rejects.toThrow('atlas-table atlas-indicator[2] name: invalid name')
    const missing = { ...SHARE, src: '/data/absent-indicator.csv' }
    await expect(indicatorTables([missing], g3, 'atlas-table', where, signal())).rejects.toMatchObject({ params: { status: 404 } })
    // Not kept: the next element of the group asks again (and fails again: the file is still absent).
    await expect(indicatorTables([missing], g3, 'atlas-table', where, signal())).rejects.toMatchObject({ params: { status: 404 } })
  })

  it('an aborted element rejects without cancelling the load its group shares', async () => {
    const controller = new AbortController()
    const first = indicatorTables([JOBS], g4, 'atlas-table', where, controller.signal)
    const second = indicatorTables([JOBS], g4, 'atlas-portrait', where, signal())
    controller.abort()
    await expect(first).rejects.toThrow()
    expect((await second)[0]!.get('29')!.status).toBe('ok')
  })
})

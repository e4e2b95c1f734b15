// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import { fromOpendatasoft } from '../../../data-adapters/opendatasoft/from-opendatasoft.js'
import type { OpendatasoftOptions } from '../../../data-adapters/opendatasoft/options.js'
import { DEPARTEMENTS } from '../server/departements.js'
import { opendatasoftRoute } from '../server/opendatasoft.js'
import { startServer, type TestServer } from '../server/server.js'
import { GRAND, grandCount, MUSEES } from './fixtures.js'

let server: TestServer
const PATH = (id: string, endpoint = ''): string => `/api/explore/v2.1/catalog/datasets/${id}${endpoint ? `/${endpoint}` : ''}`
const waits: number[] = []
const musees = (more: Partial<OpendatasoftOptions> = {}): OpendatasoftOptions => ({
  base: server.origin,
  allowHttp: true,
  sleep: async (ms) => void waits.push(ms),
  dataset: 'musees',
  where: 'annee = 2019',
  level: 'departement',
  code: 'dep',
  value: 'total',
  ...more,
})

beforeAll(async () => {
  server = await startServer(opendatasoftRoute({ musees: MUSEES, grand: GRAND }))
})
beforeEach(() => {
  clearHttpCache()
  waits.length = 0
  server.log.length = 0
})
afterAll(() => server.close())

describe('fromOpendatasoft', () => {
  it('defaults to the Ministry of Culture portal, named by its catalog URL', () => {
    expect(fromOpendatasoft({ dataset: 'frequentation-des-musees-de-france', level: 'departement', code: 'dep', value: 'total' }).name).toBe(
      'https://data.culture.gouv.fr/api/explore/v2.1/catalog/datasets/frequentation-des-musees-de-france',
    )
  })

  it('checks its options when created, not when loaded', () => {
    expect(() => fromOpendatasoft(musees({ pageSize: 0 }))).toThrow('invalid pageSize: 0')
    expect(() => fromOpendatasoft(musees({ allowHttp: false }))).toThrow('invalid base')
  })

  it('joins every département with the catalog metadata as indicator defaults', async () => {
    const source = fromOpendatasoft(musees())
    const table = await source.load()
    expect(table.level).toBe('departement')
    expect(table.report.source).toBe(`${server.origin}${PATH('musees')}`)
    expect(table.report.rowsRead).toBe(DEPARTEMENTS.length)
    expect(table.report.matched).toBe(DEPARTEMENTS.length)
    DEPARTEMENTS.forEach((d, i) => expect(table.get(d.code)).toMatchObject({ status: 'ok', value: (i + 1) * 1000 }))
    expect(table.indicator).toMatchObject({
      label: 'Fréquentation des musées de France',
      definition: 'Nombre d\'entrées dans les musées\u00a0: payantes & gratuites.',
      source: 'Ministère de la Culture',
      licence: 'Licence Ouverte v2.0 (Etalab)',
      modified: '2024-03-12T10:00:00+00:00',
    })
  })

  it('lets options.indicator win over the catalog, and skips the catalog on request', async () => {
    const table = await fromOpendatasoft(musees({ indicator: { label: 'Entrées 2019' } })).load()
    expect(table.indicator.label).toBe('Entrées 2019')
    server.log.length = 0
    clearHttpCache()
    await fromOpendatasoft(musees({ catalog: false })).load()
    expect(server.requests(PATH('musees'))).toHaveLength(0)
  })

  it('reads a 25,000-record dataset through the exports endpoint, every record counted', async () => {
    const table = await fromOpendatasoft(musees({ dataset: 'grand', where: undefined, value: 'visites', aggregate: 'sum' })).load()
    expect(server.log.map((r) => r.path)).toEqual(expect.arrayContaining([PATH('grand', 'records'), PATH('grand', 'exports/json')]))
    expect(server.requests(PATH('grand', 'records'))).toHaveLength(1)
    expect(table.report.rowsRead).toBe(25_000)
    DEPARTEMENTS.forEach((d, i) => expect(table.get(d.code).value).toBe(grandCount(i)))
  })

  it('makes one request per URL for two widgets loading at once', async () => {
    const [a, b] = await Promise.all([fromOpendatasoft(musees()).load(), fromOpendatasoft(musees()).load()])
    expect(a.get('75').value).toBe(b.get('75').value)
    expect(server.requests(PATH('musees'))).toHaveLength(1)
    expect(server.requests(PATH('musees', 'records'))).toHaveLength(2)
  })

  it('waits as Retry-After says on 429, and retries a 500', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'status', status: 429, headers: { 'retry-after': '3' }, body: { error_code: 'TooManyRequests', message: 'quota' } }, { kind: 'status', status: 500 })
    const table = await fromOpendatasoft(musees({ random: () => 0.25, backoff: 100 })).load()
    expect(table.report.matched).toBe(DEPARTEMENTS.length)
    expect(waits).toEqual([3000, 50])
    expect(server.requests(PATH('musees', 'records')).map((r) => r.outcome)).toEqual([429, 500, 200, 200])
  })

  it('reports a 400 with the API error_code and the URL, without retrying', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'status', status: 400, body: { error_code: 'ODSQLError', message: 'Unknown field: anne' } })
    const error = await fromOpendatasoft(musees()).load().catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 400, errorCode: 'ODSQLError' })
    expect((error as Error).message).toMatch(new RegExp(`^HTTP 400 ODSQLError from ${server.origin}${PATH('musees', 'records')}\\?.*: Unknown field: anne$`))
    expect(server.requests(PATH('musees', 'records'))).toHaveLength(1)
  })

  it('retries a truncated body and never joins partial data', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'truncate' })
    const table = await fromOpendatasoft(musees()).load()
    expect(table.report.rowsRead).toBe(DEPARTEMENTS.length)
    expect(server.requests(PATH('musees', 'records')).map((r) => r.outcome)).toEqual(['truncate', 200, 200])

    clearHttpCache()
    server.fail(PATH('musees', 'records'), { kind: 'truncate' }, { kind: 'truncate' })
    await expect(fromOpendatasoft(musees({ retries: 1 })).load()).rejects.toThrow(/truncated response body/)
  })

  it('times out a hanging response', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'hang' })
    // The records request hangs for ever; the dataset's metadata request before it must not time out
    // on a loaded machine (it did at 50 ms), hence a timeout well above a real response time.
    await expect(fromOpendatasoft(musees({ timeout: 1000, retries: 0 })).load()).rejects.toThrow(new RegExp(`^timeout after 1000 ms: ${server.origin}${PATH('musees', 'records')}`))
  })

  it('aborts the records and the catalog requests when the widget goes', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    server.fail(PATH('musees'), { kind: 'hold', until: held })
    server.fail(PATH('musees', 'records'), { kind: 'hang' })
    const controller = new AbortController()
    const arrived = Promise.all([server.arrived(PATH('musees')), server.arrived(PATH('musees', 'records'))])
    const loading = fromOpendatasoft(musees()).load({ signal: controller.signal })
    await arrived
    controller.abort(new DOMException('widget removed', 'AbortError'))
    await expect(loading).rejects.toMatchObject({ name: 'AbortError', message: 'widget removed' })
    release()
    // Nothing was kept: a new load asks the server again.
    await fromOpendatasoft(musees()).load()
    expect(server.requests(PATH('musees'))).toHaveLength(2)
    expect(server.requests(PATH('musees', 'records'))).toHaveLength(3)
  })
})

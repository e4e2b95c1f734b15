// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import { fromDataGouv } from '../../../data-adapters/datagouv/from-datagouv.js'
import type { DataGouvOptions } from '../../../data-adapters/datagouv/options.js'
import { DEPARTEMENTS } from '../server/departements.js'
import { startServer, type TestServer } from '../server/server.js'
import { tabularRoute } from '../server/tabular.js'
import { BIBLIOTHEQUES, BIBLIOTHEQUES_CSV, RID } from './fixtures.js'

let server: TestServer
const PATH = `/api/resources/${RID}/data/`
const waits: number[] = []
const tabular = (more: Partial<DataGouvOptions> = {}): DataGouvOptions => ({
  tabular: server.origin,
  allowHttp: true,
  sleep: async (ms) => void waits.push(ms),
  resource: RID,
  params: { annee__exact: '2019' },
  level: 'departement',
  code: 'code_dep',
  value: 'bibliotheques',
  ...more,
})

beforeAll(async () => {
  server = await startServer(tabularRoute({ [RID]: BIBLIOTHEQUES }, { 'bibliotheques.csv': BIBLIOTHEQUES_CSV }))
})
beforeEach(() => {
  clearHttpCache()
  waits.length = 0
  server.log.length = 0
})
afterAll(() => server.close())

describe('fromDataGouv', () => {
  it('defaults to the tabular API, named by the resource data URL', () => {
    expect(fromDataGouv({ resource: RID, level: 'departement', code: 'code_dep', value: 'bibliotheques' }).name).toBe(`https://tabular-api.data.gouv.fr/api/resources/${RID}/data/`)
  })

  it('needs exactly one of resource and url, and options that fit the route', () => {
    expect(() => fromDataGouv({ level: 'departement', code: 'c', value: 'v' })).toThrow('invalid url: undefined (give exactly one of resource and url)')
    expect(() => fromDataGouv(tabular({ url: 'https://static.data.gouv.fr/x.csv' }))).toThrow('invalid resource')
    expect(() => fromDataGouv(tabular({ resource: undefined, params: undefined, url: 'https://static.data.gouv.fr/x.csv' }))).toThrow('invalid tabular')
    expect(() => fromDataGouv(tabular({ delimiter: ';' }))).toThrow('invalid delimiter: ";"')
  })

  it('joins the rows of the tabular API', async () => {
    const table = await fromDataGouv(tabular()).load()
    expect(table.report.source).toBe(`${server.origin}${PATH}`)
    expect(table.report.matched).toBe(DEPARTEMENTS.length)
    DEPARTEMENTS.forEach((d, i) => expect(table.get(d.code)).toMatchObject({ status: 'ok', value: i + 10 }))
  })

  it('reads a CSV file by URL with the CSV parser', async () => {
    const table = await fromDataGouv({ url: `${server.origin}/files/bibliotheques.csv`, allowHttp: true, level: 'departement', code: 'code_dep', value: 'taux' }).load()
    expect(table.get(DEPARTEMENTS[0]!.code).status).toBe('secret')
    expect(table.get(DEPARTEMENTS[3]!.code)).toMatchObject({ status: 'ok', value: 3.5 })
    expect(server.requests('/files/bibliotheques.csv')).toHaveLength(1)
  })

  it('makes one request for two widgets loading the same resource', async () => {
    await Promise.all([fromDataGouv(tabular()).load(), fromDataGouv(tabular()).load()])
    expect(server.requests(PATH)).toHaveLength(1)
  })

  it('waits as Retry-After says on 429, retries 5xx, and does not retry a 400', async () => {
    server.fail(PATH, { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, { kind: 'status', status: 502 })
    await fromDataGouv(tabular({ random: () => 0.5, backoff: 10 })).load()
    expect(waits).toEqual([1000, 10])
    expect(server.requests(PATH).map((r) => r.outcome)).toEqual([429, 502, 200])

    clearHttpCache()
    server.log.length = 0
    server.fail(PATH, { kind: 'status', status: 400, body: { errors: ['Invalid filter'] } })
    await expect(fromDataGouv(tabular()).load()).rejects.toMatchObject({ status: 400, attempts: 1, message: expect.stringContaining('Invalid filter') })
    expect(server.requests(PATH)).toHaveLength(1)
  })

  it('times out, and aborts, a hanging request', async () => {
    server.fail(PATH, { kind: 'hang' }, { kind: 'hang' })
    await expect(fromDataGouv(tabular({ timeout: 50, retries: 0 })).load()).rejects.toThrow(`timeout after 50 ms: ${server.origin}${PATH}`)
    const controller = new AbortController()
    const arrived = server.arrived(PATH)
    const loading = fromDataGouv(tabular()).load({ signal: controller.signal })
    await arrived
    controller.abort(new DOMException('removed', 'AbortError'))
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' })
  })
})

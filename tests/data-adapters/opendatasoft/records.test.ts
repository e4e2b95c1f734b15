// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import type { OpendatasoftQuery } from '../../../data-adapters/opendatasoft/options.js'
import { loadRecords } from '../../../data-adapters/opendatasoft/records.js'
import { opendatasoftRoute } from '../server/opendatasoft.js'
import { startServer, type TestServer } from '../server/server.js'
import { GRAND, MUSEES } from './fixtures.js'

let server: TestServer
const query = (dataset: string, more: Partial<OpendatasoftQuery> = {}): OpendatasoftQuery => ({ base: server.origin, dataset, where: undefined, select: undefined, orderBy: undefined, refine: undefined, pageSize: 100, catalog: true, ...more })
const fetch = { allowHttp: true, sleep: async (): Promise<void> => undefined }
const PATH = (id: string, endpoint: string): string => `/api/explore/v2.1/catalog/datasets/${id}/${endpoint}`

beforeAll(async () => {
  server = await startServer(opendatasoftRoute({ musees: MUSEES, grand: GRAND }))
})
beforeEach(() => clearHttpCache())
afterAll(() => server.close())

describe('loadRecords', () => {
  it('pages the records endpoint by 100 and returns every record', async () => {
    const before = server.log.length
    const { records, route } = await loadRecords(query('musees'), fetch)
    expect(route).toBe('records')
    expect(records).toHaveLength(202)
    expect(records).toEqual(MUSEES.records)
    const log = server.log.slice(before)
    expect(log.map((r) => [r.params.get('offset'), r.params.get('limit')])).toEqual([['0', '100'], ['100', '100'], ['200', '2']])
  })

  it('passes where and select to the server', async () => {
    const before = server.log.length
    const { records } = await loadRecords(query('musees', { where: 'annee = 2020', select: 'dep,total' }), fetch)
    expect(records).toHaveLength(101)
    expect(records[0]).toEqual({ dep: '01', total: 1001 })
    expect(server.log.slice(before).every((r) => r.params.get('where') === 'annee = 2020' && r.params.get('select') === 'dep,total')).toBe(true)
  })

  it('switches to the exports endpoint beyond 10,000 records, and all 25,000 arrive', async () => {
    const before = server.log.length
    const { records, route } = await loadRecords(query('grand'), fetch)
    expect(route).toBe('exports')
    expect(records).toHaveLength(25_000)
    expect(server.log.slice(before).map((r) => r.path)).toEqual([PATH('grand', 'records'), PATH('grand', 'exports/json')])
  })

  it('fails when the export holds fewer records than total_count', async () => {
    server.fail(PATH('grand', 'exports/json'), { kind: 'body', body: JSON.stringify(GRAND.records.slice(0, 24_999)) })
    await expect(loadRecords(query('grand'), fetch)).rejects.toThrow(`${server.origin}${PATH('grand', 'exports/json')}: received 24999 records where the query counts 25000`)
  })

  it('fails when a page comes back short', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'body', body: JSON.stringify({ total_count: 202, results: MUSEES.records.slice(0, 100) }) })
    server.fail(PATH('musees', 'records'), { kind: 'body', body: JSON.stringify({ total_count: 202, results: MUSEES.records.slice(100, 101) }) })
    await expect(loadRecords(query('musees'), fetch)).rejects.toThrow(/records\?limit=(100&offset=100|2&offset=200): received 1 records where (100|2) were asked for/)
  })

  it('fails when the first page holds less than total_count', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'body', body: JSON.stringify({ total_count: 3, results: MUSEES.records.slice(0, 2) }) })
    await expect(loadRecords(query('musees'), fetch)).rejects.toThrow('received 2 records where the query counts 3')
  })

  it('fails when the dataset changes between pages', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'body', body: JSON.stringify({ total_count: 150, results: MUSEES.records.slice(0, 100) }) })
    await expect(loadRecords(query('musees'), fetch)).rejects.toThrow('the dataset changed while it was read (150 then 202 records)')
  })

  it('rejects a records response of the wrong shape', async () => {
    server.fail(PATH('musees', 'records'), { kind: 'body', body: '{"results":[]}' })
    await expect(loadRecords(query('musees'), fetch)).rejects.toThrow('unexpected response: expected { total_count, results }')
  })

  it('reports an ODSQL error with its error_code, without retrying', async () => {
    const before = server.log.length
    await expect(loadRecords(query('musees', { where: 'annee >> 3' }), fetch)).rejects.toMatchObject({ status: 400, errorCode: 'ODSQLError' })
    expect(server.log.length - before).toBe(1)
  })
})

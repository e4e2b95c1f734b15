// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { clearHttpCache } from '../../../data-adapters/http/cache.js'
import type { TabularQuery } from '../../../data-adapters/datagouv/options.js'
import { loadTabular, tabularUrl } from '../../../data-adapters/datagouv/tabular.js'
import { startServer, type TestServer } from '../server/server.js'
import { tabularRoute } from '../server/tabular.js'
import { BIBLIOTHEQUES, RID } from './fixtures.js'

let server: TestServer
const PATH = `/api/resources/${RID}/data/`
const query = (more: Partial<TabularQuery> = {}): TabularQuery => ({ base: server.origin, resource: RID, params: {}, pageSize: 200, ...more })
const fetch = { allowHttp: true, sleep: async (): Promise<void> => undefined }

beforeAll(async () => {
  server = await startServer(tabularRoute({ [RID]: BIBLIOTHEQUES }))
})
beforeEach(() => {
  clearHttpCache()
  server.log.length = 0
})
afterAll(() => server.close())

describe('loadTabular', () => {
  it('names the resource data URL', () => {
    expect(tabularUrl({ base: 'https://tabular-api.data.gouv.fr', resource: RID })).toBe(`https://tabular-api.data.gouv.fr/api/resources/${RID}/data/`)
  })

  it('reads every page and every row', async () => {
    const rows = await loadTabular(query({ pageSize: 50 }), fetch)
    expect(rows).toHaveLength(BIBLIOTHEQUES.length)
    expect(rows.map((r) => (r as { code_dep: string }).code_dep)).toEqual(BIBLIOTHEQUES.map((r) => r.code_dep))
    expect(server.log.map((r) => r.params.get('page'))).toEqual(['1', '2', '3', '4', '5'])
    expect(server.log.every((r) => r.params.get('page_size') === '50')).toBe(true)
  })

  it('passes the filters of the tabular API', async () => {
    const rows = await loadTabular(query({ params: { annee__exact: '2020' } }), fetch)
    expect(rows).toHaveLength(BIBLIOTHEQUES.length / 2)
    expect(server.log[0]!.params.get('annee__exact')).toBe('2020')
  })

  it('fails on a short page rather than returning part of the resource', async () => {
    server.fail(PATH, { kind: 'body', body: JSON.stringify({ data: BIBLIOTHEQUES.slice(0, 150), links: {}, meta: { page: 1, page_size: 200, total: 202 } }) })
    await expect(loadTabular(query(), fetch)).rejects.toThrow(/received 150 rows where 200 were expected/)
  })

  it('fails when the total changes between pages', async () => {
    server.fail(PATH, { kind: 'body', body: JSON.stringify({ data: BIBLIOTHEQUES.slice(0, 200), links: {}, meta: { page: 1, page_size: 200, total: 250 } }) })
    await expect(loadTabular(query(), fetch)).rejects.toThrow('the resource changed while it was read (250 then 202 rows)')
  })

  it('rejects a response of the wrong shape', async () => {
    server.fail(PATH, { kind: 'body', body: '{"data":[]}' })
    await expect(loadTabular(query(), fetch)).rejects.toThrow(`${server.origin}${PATH}?page=1&page_size=200: unexpected response`)
  })

  it('reports an unknown resource with the URL', async () => {
    await expect(loadTabular(query({ resource: 'inconnue' }), fetch)).rejects.toMatchObject({ status: 404, message: expect.stringContaining(`${server.origin}/api/resources/inconnue/data/`) })
  })
})

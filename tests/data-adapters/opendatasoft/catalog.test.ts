// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogMeta } from '../../../data-adapters/opendatasoft/catalog.js'
import { opendatasoftRoute } from '../server/opendatasoft.js'
import { startServer, type TestServer } from '../server/server.js'
import { MUSEES } from './fixtures.js'

let server: TestServer
const url = (id: string): string => `${server.origin}/api/explore/v2.1/catalog/datasets/${id}`

beforeAll(async () => {
  server = await startServer(opendatasoftRoute({ musees: MUSEES, nu: { metas: { title: '  ', modified: 'hier' }, records: [] } }))
})
afterAll(() => server.close())

describe('catalogMeta', () => {
  it('reads title, description as text, publisher, licence and date', async () => {
    expect(await catalogMeta(url('musees'), { allowHttp: true })).toEqual({
      label: 'Fréquentation des musées de France',
      definition: 'Nombre d\'entrées dans les musées\u00a0: payantes & gratuites.',
      source: 'Ministère de la Culture',
      licence: 'Licence Ouverte v2.0 (Etalab)',
      modified: '2024-03-12T10:00:00+00:00',
    })
  })

  it('leaves out blank fields and unreadable dates', async () => {
    expect(await catalogMeta(url('nu'), { allowHttp: true })).toEqual({})
  })

  it('reports an unknown dataset with the API error_code', async () => {
    await expect(catalogMeta(url('inconnu'), { allowHttp: true })).rejects.toMatchObject({ status: 404, errorCode: 'DatasetNotFound', message: expect.stringContaining(url('inconnu')) })
  })

  it('rejects an entry without metas', async () => {
    server.fail('/api/explore/v2.1/catalog/datasets/vide', { kind: 'body', body: '{"dataset_id":"vide"}' })
    await expect(catalogMeta(url('vide'), { allowHttp: true })).rejects.toThrow(`${url('vide')}: catalog entry without metas.default`)
  })
})

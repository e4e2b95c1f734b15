import { describe, expect, it } from 'vitest'
import type { OpendatasoftQuery } from '../../../data-adapters/opendatasoft/options.js'
import { catalogUrl, exportUrl, recordsUrl } from '../../../data-adapters/opendatasoft/urls.js'

const q: OpendatasoftQuery = { base: 'https://data.culture.gouv.fr', dataset: 'musees', where: 'annee = 2019', select: 'dep,total', orderBy: 'dep', refine: { region: 'Bretagne' }, pageSize: 100, catalog: true }

describe('Explore v2.1 URLs', () => {
  it('names the catalog entry', () => {
    expect(catalogUrl(q)).toBe('https://data.culture.gouv.fr/api/explore/v2.1/catalog/datasets/musees')
  })

  it('passes the query to the records and exports endpoints', () => {
    expect(recordsUrl(q, 200, 100)).toBe('https://data.culture.gouv.fr/api/explore/v2.1/catalog/datasets/musees/records?select=dep%2Ctotal&where=annee+%3D+2019&order_by=dep&refine=region%3ABretagne&limit=100&offset=200')
    expect(exportUrl({ ...q, refine: undefined, orderBy: undefined })).toBe('https://data.culture.gouv.fr/api/explore/v2.1/catalog/datasets/musees/exports/json?select=dep%2Ctotal&where=annee+%3D+2019')
  })
})

import { describe, expect, it } from 'vitest'
import { checkOpendatasoftOptions } from '../../../data-adapters/opendatasoft/options.js'

const join = { level: 'departement' as const, code: 'dep', value: 'total' }

describe('checkOpendatasoftOptions', () => {
  it('defaults to data.culture.gouv.fr, pages of 100 and the catalog entry', () => {
    const { query, fetch } = checkOpendatasoftOptions({ ...join, dataset: 'frequentation-des-musees-de-france' })
    expect(query).toEqual({ base: 'https://data.culture.gouv.fr', dataset: 'frequentation-des-musees-de-france', where: undefined, select: undefined, orderBy: undefined, refine: undefined, pageSize: 100, catalog: true })
    expect(fetch.allowHttp).toBeUndefined()
  })

  it('rejects bad options once, at the entry', () => {
    expect(() => checkOpendatasoftOptions({ ...join, dataset: '' })).toThrow('invalid dataset: ""')
    expect(() => checkOpendatasoftOptions({ ...join, dataset: '../catalog' })).toThrow('invalid dataset: "../catalog"')
    expect(() => checkOpendatasoftOptions({ ...join, dataset: 'd', pageSize: 500 })).toThrow('invalid pageSize: 500')
    expect(() => checkOpendatasoftOptions({ ...join, dataset: 'd', base: 'http://127.0.0.1:1' })).toThrow('invalid base: "http://127.0.0.1:1"')
    expect(() => checkOpendatasoftOptions({ ...join, dataset: 'd', retries: 5 })).toThrow('invalid retries: 5')
    expect(() => checkOpendatasoftOptions({ level: 'pays' as never, code: 'dep', value: 'total', dataset: 'd' })).toThrow('invalid level: "pays"')
  })

  it('accepts http with allowHttp and trims the base', () => {
    expect(checkOpendatasoftOptions({ ...join, dataset: 'd', base: 'http://127.0.0.1:1/', allowHttp: true }).query.base).toBe('http://127.0.0.1:1')
  })
})

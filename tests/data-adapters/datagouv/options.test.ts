import { describe, expect, it } from 'vitest'
import { checkTabularOptions } from '../../../data-adapters/datagouv/options.js'

const join = { level: 'departement' as const, code: 'code_dep', value: 'bibliotheques' }

describe('checkTabularOptions', () => {
  it('defaults to the tabular API with pages of 200 and no filter', () => {
    expect(checkTabularOptions({ ...join, resource: 'abc-123' }).query).toEqual({ base: 'https://tabular-api.data.gouv.fr', resource: 'abc-123', params: {}, pageSize: 200 })
  })

  it('rejects bad options with invalid <name>: <value>', () => {
    expect(() => checkTabularOptions({ ...join, resource: '../x' })).toThrow('invalid resource: "../x"')
    expect(() => checkTabularOptions({ ...join, resource: 'r', pageSize: 201 })).toThrow('invalid pageSize: 201')
    expect(() => checkTabularOptions({ ...join, resource: 'r', params: { page: '3' } })).toThrow('invalid params: {"page":"3"} (page is set by the adapter)')
    expect(() => checkTabularOptions({ ...join, resource: 'r', tabular: 'http://127.0.0.1:1' })).toThrow('invalid tabular: "http://127.0.0.1:1"')
  })
})

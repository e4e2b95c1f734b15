import { describe, expect, it } from 'vitest'
import { objectRows } from '../../../data-adapters/opendatasoft/rows.js'

describe('objectRows', () => {
  it('keeps scalar values with their type and columns in order of appearance', () => {
    expect(objectRows([{ dep: '01', total: 12.5 }, { dep: '2A', ok: true, total: null }], 's')).toEqual({
      columns: ['dep', 'total', 'ok'],
      rows: [{ dep: '01', total: 12.5 }, { dep: '2A', ok: true, total: null }],
    })
  })

  it('turns nested values into JSON text so they never read as numbers', () => {
    expect(objectRows([{ geo: { lon: 2.3, lat: 48.8 }, list: [3] }], 's').rows[0]).toEqual({ geo: '{"lon":2.3,"lat":48.8}', list: '[3]' })
  })

  it('drops the given columns', () => {
    expect(objectRows([{ __id: 1, dep: '01' }], 's', ['__id'])).toEqual({ columns: ['dep'], rows: [{ dep: '01' }] })
  })

  it('rejects a record that is not an object, naming the source', () => {
    expect(() => objectRows([{ dep: '01' }, 42], 'https://x.test/ds')).toThrow('https://x.test/ds: record 2 is not an object: 42')
  })
})

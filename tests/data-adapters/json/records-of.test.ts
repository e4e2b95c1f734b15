import { describe, expect, it } from 'vitest'
import { jsonRecords } from '../../../data-adapters/json/records-of.js'

describe('jsonRecords', () => {
  it('returns an array as it is', () => {
    const a = [{ x: 1 }]
    expect(jsonRecords(a, 's')).toBe(a)
  })

  it('takes the properties of a FeatureCollection, empty for a feature without any', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '29' }, geometry: null }, { type: 'Feature', geometry: null }] }
    expect(jsonRecords(fc, 's')).toEqual([{ code: '29' }, {}])
  })

  it('rejects anything else, naming the source', () => {
    expect(() => jsonRecords({ results: [] }, 'x.json')).toThrow('x.json: expected an array of records or a GeoJSON FeatureCollection')
    expect(() => jsonRecords({ type: 'FeatureCollection' }, 'x.json')).toThrow('x.json: FeatureCollection without a features array')
  })
})

import { describe, expect, it } from 'vitest'
import { fromJSON } from '../../../data-adapters/json/from-json.js'

const options = { level: 'region', code: 'code', value: 'v' } as const

describe('fromJSON', () => {
  it('defaults: source name "json"; records from data', async () => {
    const source = fromJSON({ ...options, data: [{ code: '53', v: 4 }] })
    expect(source.name).toBe('json')
    expect((await source.load()).get('53').value).toBe(4)
  })

  it('checks its options and the shape of data synchronously', () => {
    expect(() => fromJSON({ ...options, level: 'pays' as never, data: [] })).toThrow('invalid level: "pays"')
    expect(() => fromJSON({ ...options })).toThrow('invalid url: undefined')
    expect(() => fromJSON({ ...options, data: { a: 1 } })).toThrow('json: expected an array of records or a GeoJSON FeatureCollection')
  })

  it('reads a GeoJSON FeatureCollection from text', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '53', v: '12,5' }, geometry: null }] }
    const t = await fromJSON({ ...options, text: JSON.stringify(fc) }).load()
    expect(t.get('53').value).toBe(12.5)
  })

  it('reads bytes (a dropped file), with a BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('[{"code":"53","v":"s"}]')])
    expect((await fromJSON({ ...options, data: bytes }).load()).get('53').status).toBe('secret')
  })

  it('names the source of invalid JSON', async () => {
    await expect(fromJSON({ ...options, text: '[{', sourceName: 'x.json' }).load()).rejects.toThrow('x.json: not valid JSON')
  })
})

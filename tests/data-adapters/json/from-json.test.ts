import { describe, expect, it, vi } from 'vitest'
import { fromJSON } from '../../../data-adapters/json/from-json.js'
import { jsonUrlSource } from '../../../data-adapters/json/from-json-url.js'
import { clearHttpCache } from '../../../data-adapters/http/index.js'
import { checkJoinOptions } from '../../../data-adapters/options.js'
import { returnedOrOptionError } from '../../support/option-error.js'

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

describe('jsonUrlSource', () => {
  it('reads a URL as fromJSON({ ...join, url, allowHttp }) does: the same name, request, table and errors', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('missing.json') ? new Response('Not here', { status: 404 }) : url.endsWith('bad.json') ? new Response('[{"code":') : new Response('[{"code":"53","v":"12,5"},{"code":"FR","v":"3"}]'),
    )
    vi.stubGlobal('fetch', fetch)
    try {
      const outcome = (source: ReturnType<typeof fromJSON>) =>
        source.load().then(
          (t) => ['read', source.name, t.get('53'), t.report.source, t.report.warnings],
          (e: Error) => ['failed', source.name, e.name, e.message],
        )
      const sources = (url: string, allowHttp: boolean) => [fromJSON({ ...options, url, allowHttp }), jsonUrlSource(checkJoinOptions(options), url, allowHttp)]
      for (const [url, allowHttp] of [['https://example.org/a.json', false], ['http://example.org/b.json', true], ['https://example.org/missing.json', false], ['https://example.org/bad.json', false]] as const) {
        const results = []
        // The HTTP cache would serve the second source what the first fetched.
        for (const source of sources(url, allowHttp)) clearHttpCache(), results.push(await outcome(source))
        expect(results[1]).toEqual(results[0])
        expect(results[0]!.slice(0, 2)).toEqual([url.includes('a.json') || url.includes('b.json') ? 'read' : 'failed', url])
      }
      expect(fetch).toHaveBeenCalledTimes(8)
      // A URL refused is the same option error, before any request.
      for (const [url, allowHttp] of [['http://example.org/c.json', false], ['ftp://example.org/d.json', true]] as const) {
        const [checked, lean] = [() => fromJSON({ ...options, url, allowHttp }), () => jsonUrlSource(checkJoinOptions(options), url, allowHttp)].map(returnedOrOptionError)
        expect(lean).toEqual(checked)
        expect(lean).toEqual(['OptionError', 'url', expect.stringMatching(/^invalid url: /)])
      }
      expect(fetch).toHaveBeenCalledTimes(8)
    } finally {
      vi.unstubAllGlobals()
      clearHttpCache()
    }
  })
})

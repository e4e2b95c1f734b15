import { describe, expect, it, vi } from 'vitest'
import { readSpec } from '../../src/core/spec/spec.js'
import { dataSpec } from '../../src/embed/data-attributes.js'
import { AttributeError, dataSource, formatOf } from '../../src/embed/data-source.js'
import * as adapters from '../../src/embed/source-of.js'
import * as parts from '../../src/embed/source-of.parts.js'
import { clearHttpCache } from '../../data-adapters/http/index.js'

const attrs = (a: Record<string, string>) => {
  const e = document.createElement('div')
  for (const [k, v] of Object.entries({ src: 'https://example.org/a.csv', level: 'departement', value: 'V', ...a })) e.setAttribute(k, v)
  const read = readSpec(e, dataSpec)
  if (!read.ok) throw read.problem.error
  return read.value
}

describe('formatOf', () => {
  it('defaults to CSV; .json (query and hash aside) is JSON; format wins', () => {
    expect(formatOf('data.csv', undefined)).toBe('csv')
    expect(formatOf('export?format=json', undefined)).toBe('csv')
    expect(formatOf('/a/b.JSON?x=1#y', undefined)).toBe('json')
    expect(formatOf('a.json', 'csv')).toBe('csv')
  })
})

describe('dataSource', () => {
  it('names the attribute when attributes are valid alone but not together', async () => {
    const error = (a: Record<string, string>) => dataSource(attrs(a), 'atlas-map').then(() => undefined, (e: unknown) => e)
    const both = await error({ code: 'Code', name: 'Nom' })
    expect(both).toBeInstanceOf(AttributeError)
    expect((both as AttributeError).message).toMatch(/^atlas-map name: invalid name: "Nom"/)
    // Said in the page's language from the adapter's reason, the attribute in place of the option.
    expect(both).toMatchObject({ code: 'invalid', params: { option: 'name', value: 'Nom' } })
    expect(((await error({})) as AttributeError).attribute).toBe('code')
    expect(((await error({ code: 'C', vintage: '2018' })) as AttributeError).message).toMatch(/^atlas-map vintage: /)
    expect(((await error({ code: 'C', src: 'ftp://x/a.csv' })) as AttributeError).attribute).toBe('src')
    expect(((await error({ code: 'C', src: 'https://x/a.json', value: 'V', name: 'N' })) as AttributeError).attribute).toBe('name')
  })

  it('loads the file at src with the attributes as adapter options (share: per and scale)', async () => {
    const fetch = vi.fn(async (_url: string) => new Response('Code Insee,Actifs,Total\n29,50,1000\n', { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    try {
      const source = await dataSource(attrs({ src: 'https://example.org/part.csv', code: 'Code Insee', value: 'Actifs', per: 'Total', scale: '100', unit: '%', label: 'Part' }), 'atlas-map')
      const table = await source.load()
      expect(fetch.mock.calls[0]![0]).toBe('https://example.org/part.csv')
      expect(table.get('29').value).toBe(5)
      expect(table.indicator).toMatchObject({ label: 'Part', unit: '%' })
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('reads a JSON src with the JSON part, named by its URL as a CSV src is', async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(url.endsWith('.json') ? '[{"Code":"29","V":"12,5"}]' : 'Code,V\n29,12.5\n'))
    try {
      for (const src of ['https://example.org/v.json', 'https://example.org/v.csv']) {
        const source = await dataSource(attrs({ src, code: 'Code' }), 'atlas-map')
        const table = await source.load()
        expect([source.name, table.report.source, table.get('29').value]).toEqual([src, src, 12.5])
      }
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('passes the missing attribute to the adapter: a declared sentinel is a missing value', async () => {
    vi.stubGlobal('fetch', async () => new Response('Code,V\n29,12\n2A,-1\n'))
    try {
      const table = await (await dataSource(attrs({ src: 'https://example.org/sentinel.csv', code: 'Code', missing: '-1=not-available' }), 'atlas-map')).load()
      expect(table.get('29').value).toBe(12)
      expect(table.get('2A')).toEqual({ value: null, status: 'not-available', raw: '-1' })
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('range: values outside are flagged invalid, never a figure; without it they stay as the file says', async () => {
    vi.stubGlobal('fetch', async () => new Response('Code,Culture,Total\n29,50,1000\n2A,123,3\n'))
    try {
      const share = { src: 'https://example.org/range.csv', code: 'Code', value: 'Culture', per: 'Total', scale: '100' }
      const ranged = await (await dataSource(attrs({ ...share, range: '0, 100' }), 'atlas-map')).load()
      expect(ranged.get('29').value).toBe(5)
      expect(ranged.get('2A')).toMatchObject({ value: null, status: 'invalid' })
      expect(ranged.report.warnings.join(' ')).toMatch(/outside 0 to 100 .*2A/)
      const plain = await (await dataSource(attrs(share), 'atlas-map')).load()
      expect(plain.get('2A').value).toBe(4100)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('range takes two increasing numbers, else names the attribute', () => {
    expect(attrs({ range: '0;100' }).range).toEqual([0, 100])
    expect(() => attrs({ range: '0, 50, 100' })).toThrow(/invalid range: "0, 50, 100".*two numbers/)
    expect(() => attrs({ range: '100, 0' })).toThrow(/invalid range/)
    expect(() => attrs({ range: 'cent' })).toThrow(/invalid range/)
  })

  it('the parts read src as the adapters do (source-of.parts.ts against source-of.ts): the same name, table, request and errors', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('missing') ? new Response('Not here', { status: 404 }) : new Response(url.endsWith('.json') ? '[{"Code":"29","V":"12,5"},{"Code":"2A","V":"s"}]' : 'Code;V\n29;12,5\n2A;s\n'),
    )
    vi.stubGlobal('fetch', fetch)
    try {
      const join = { level: 'departement', code: 'Code', value: 'V', indicator: { label: 'Part' } } as const
      const outcome = async (sourceOf: adapters.SourceOf, url: string, allowHttp: boolean, j: object = join) => {
        clearHttpCache()
        try {
          const source = sourceOf(j as never, url, allowHttp)
          const table = await source.load()
          return ['read', source.name, table.get('29'), table.get('2A'), table.indicator.label, table.report.source]
        } catch (e) {
          return ['failed', (e as Error).name, (e as Error).message, (e as { option?: string }).option]
        }
      }
      const cases: [string, boolean, object?][] = [
        ['https://example.org/a.csv', false],
        ['http://example.org/a.csv', true],
        ['https://example.org/missing.csv', false],
        ['http://example.org/a.csv', false],
        ['https://example.org/a.csv', false, { level: 'departement', value: 'V' }],
        ['https://example.org/a.json', false],
        ['https://example.org/missing.json', false],
        ['ftp://example.org/a.json', true],
        // The rules between options (the parts check only these: each attribute is read by the adapters' helpers).
        ['https://example.org/a.csv', false, { ...join, name: 'Nom' }],
        ['https://example.org/a.json', false, { ...join, scale: 0 }],
        ['https://example.org/a.csv', false, { ...join, kind: 'categorical', per: 'V' }],
        ['https://example.org/a.csv', false, { ...join, kind: 'categorical', aggregate: 'sum' }],
        ['https://example.org/a.csv', false, { ...join, vintage: 2018 }],
        ['https://example.org/a.csv', false, { ...join, level: 'commune', vintage: 1900 }],
      ]
      for (const [url, allowHttp, j] of cases) {
        const json = url.endsWith('.json')
        const [a, b] = [adapters, parts].map((m) => (json ? m.jsonSourceOf() : Promise.resolve(m.csvSourceOf)))
        const expected = await outcome(await a!, url, allowHttp, j)
        expect(await outcome(await b!, url, allowHttp, j), `${url} ${allowHttp}`).toEqual(expected)
        // Some read, the others fail (as they should): the comparison is not of two failures only.
        expect(expected[0], url).toBe(['https://example.org/a.csv', 'http://example.org/a.csv', 'https://example.org/a.json'].includes(url) && (allowHttp || url.startsWith('https:')) && !j ? 'read' : 'failed')
      }
      // The defaults the rules fill in, and options that pass them, read alike.
      for (const j of [{ ...join, scale: 100, aggregate: 'sum', padCodes: true }, { ...join, kind: 'categorical', aggregate: 'first' }]) {
        const expected = await outcome(adapters.csvSourceOf, 'https://example.org/a.csv', false, j)
        expect(expected[0]).toBe('read')
        expect(await outcome(parts.csvSourceOf, 'https://example.org/a.csv', false, j)).toEqual(expected)
      }
    } finally {
      vi.unstubAllGlobals()
      clearHttpCache()
    }
  })
})

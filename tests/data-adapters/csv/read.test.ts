import { describe, expect, it, vi } from 'vitest'
import { csvReader, csvUrlReader, joinColumns } from '../../../data-adapters/csv/read.js'
import { clearHttpCache } from '../../../data-adapters/http/index.js'
import { returnedOrOptionError } from '../../support/option-error.js'

// Every slice ends at its first look at the clock, and the test sees each one.
const slices = vi.hoisted(() => ({ count: 0, after: (_n: number): void => {} }))
vi.mock('../../../data-adapters/slices.js', async (original) => (await import('../../support/slices.js')).atEveryLook(await original(), slices))

const rows = (n: number): string => ['Code,Total', ...Array.from({ length: n }, (_, i) => `${String(i % 100).padStart(2, '0')},${i}`)].join('\n')

describe('csvReader', () => {
  it('defaults: named csv, all columns when a function of the row needs them', () => {
    expect(csvReader({ text: 'a' }).name).toBe('csv')
    expect(joinColumns({ level: 'departement', code: 'Code', value: () => 1 } as never)).toBeUndefined()
  })

  it('parses a large file in slices and stops when the signal is aborted between two (#8 item 14)', async () => {
    const controller = new AbortController()
    slices.count = 0
    slices.after = (n) => {
      if (n === 2) controller.abort(new DOMException('widget removed', 'AbortError'))
    }
    const join = vi.fn(async () => 'joined')
    await expect(csvReader({ text: rows(5000) }).load(['Code', 'Total'], controller.signal, join)).rejects.toThrow('widget removed')
    // Stopped after the second slice, never joined.
    expect(slices.count).toBe(2)
    expect(join).not.toHaveBeenCalled()
  })

  it('rejects with the reason of a signal aborted before the parse, before its first slice', async () => {
    slices.count = 0
    slices.after = () => {}
    const reason = new DOMException('widget removed', 'AbortError')
    const join = vi.fn(async () => 'joined')
    for (const location of [{ text: rows(5000) }, { data: new TextEncoder().encode(rows(5000)) }]) {
      await expect(csvReader(location).load(['Code', 'Total'], AbortSignal.abort(reason), join)).rejects.toBe(reason)
    }
    expect(slices.count).toBe(0)
    expect(join).not.toHaveBeenCalled()
  })

  it('joins what all the slices read', async () => {
    slices.count = 0
    slices.after = () => {}
    const join = vi.fn(async (table: { length: number; column(name: string): readonly unknown[] }) => [table.length, table.column('Total').at(-1)])
    expect(await csvReader({ text: rows(5000) }).load(['Code', 'Total'], undefined, join)).toEqual([5000, '4999'])
    expect(slices.count).toBeGreaterThan(2)
  })

  it('reads a file whose bytes stop being UTF-8 after its first pieces again as windows-1252, with the warning (#8 item 14)', async () => {
    slices.count = 0
    slices.after = () => {}
    // 600 KB of UTF-8 rows (three pieces), then « Pyrénées » saved as windows-1252 (é = 0xE9).
    const head = new TextEncoder().encode(`${rows(70_000)}\n`)
    const tail = new Uint8Array([...new TextEncoder().encode('65,Pyr'), 0xe9, ...new TextEncoder().encode('n')])
    const data = new Uint8Array([...head, ...tail])
    expect(head.length).toBeGreaterThan(2 << 18)
    const join = vi.fn(async (table: { length: number; column(name: string): readonly unknown[] }, context: { warnings?: string[] }) => [table.length, table.column('Total').at(-1), context.warnings])
    expect(await csvReader({ data }).load(['Code', 'Total'], undefined, join)).toEqual([70_001, 'Pyrén', ['the file is not valid UTF-8: read as windows-1252']])
  })

  it('finds the first column by its name in a file with a UTF-8 BOM read again as windows-1252, whichever piece is not UTF-8', async () => {
    slices.count = 0
    slices.after = () => {}
    const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)]
    const bom = [0xef, 0xbb, 0xbf]
    const join = vi.fn(async (table: { columns: readonly string[]; length: number; column(name: string): readonly unknown[] }, context: { warnings?: string[] }) => [table.columns, table.length, table.column('Code')?.[0], context.warnings])
    const warned = ['the file is not valid UTF-8: read as windows-1252']
    // Not UTF-8 after 600 KB (three pieces): the restart comes after slices were read.
    const late = new Uint8Array([...bom, ...utf8(`${rows(70_000)}\n65,Pyr`), 0xe9])
    expect(late.length).toBeGreaterThan(2 << 18)
    expect(await csvReader({ data: late }).load(['Code', 'Total'], undefined, join)).toEqual([['Code', 'Total'], 70_001, '00', warned])
    // Not UTF-8 in the first piece (« Région » in windows-1252 in the header), every column read.
    const early = new Uint8Array([...bom, ...utf8('Code,R'), 0xe9, ...utf8('gion\n29,53\n')])
    expect(await csvReader({ data: early }).load(undefined, undefined, join)).toEqual([['Code', 'Région'], 1, '29', warned])
    // Valid UTF-8: the decoder strips the BOM, no restart.
    const valid = new Uint8Array([...bom, ...utf8('Code,Région\n29,53\n')])
    expect(await csvReader({ data: valid }).load(undefined, undefined, join)).toEqual([['Code', 'Région'], 1, '29', []])
  })
})

describe('csvUrlReader', () => {
  it('reads a URL as csvReader({ url, allowHttp }) does: the same name, request, table and errors', async () => {
    slices.after = () => {}
    const fetch = vi.fn(async (url: string) => (url.endsWith('missing.csv') ? new Response('Not here', { status: 404 }) : new Response('Code;Total\n29;12\n')))
    vi.stubGlobal('fetch', fetch)
    try {
      const join = vi.fn(async (table: { columns: readonly string[]; column(name: string): readonly unknown[] }, context: { source: string }) => [table.columns, table.column('Total'), context.source])
      const outcome = (reader: ReturnType<typeof csvReader>) => reader.load(['Code', 'Total'], undefined, join).then((v) => ['read', reader.name, v], (e: Error) => ['failed', reader.name, e.name, e.message])
      const readers = (url: string, allowHttp: boolean) => [csvReader({ url, allowHttp }), csvUrlReader(url, allowHttp)]
      for (const [url, allowHttp] of [['https://example.org/a.csv', false], ['http://example.org/b.csv', true], ['https://example.org/missing.csv', false]] as const) {
        const results = []
        // The HTTP cache would serve the second reader what the first fetched.
        for (const reader of readers(url, allowHttp)) clearHttpCache(), results.push(await outcome(reader))
        expect(results[1]).toEqual(results[0])
        expect(results[0]![1]).toBe(url)
      }
      expect(fetch.mock.calls.map(([u]) => u)).toEqual(['https://example.org/a.csv', 'https://example.org/a.csv', 'http://example.org/b.csv', 'http://example.org/b.csv', 'https://example.org/missing.csv', 'https://example.org/missing.csv'])
      // A URL refused is the same option error, before any request.
      for (const [url, allowHttp] of [['http://example.org/c.csv', false], ['ftp://example.org/d.csv', true], ['', false]] as const) {
        const [checked, lean] = [() => csvReader({ url, allowHttp }), () => csvUrlReader(url, allowHttp)].map(returnedOrOptionError)
        expect(lean).toEqual(checked)
        expect(lean).toEqual(['OptionError', 'url', expect.stringMatching(/^invalid url: /)])
      }
      expect(fetch).toHaveBeenCalledTimes(6)
    } finally {
      vi.unstubAllGlobals()
      clearHttpCache()
    }
  })
})

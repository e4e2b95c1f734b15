import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromCSV } from '../../../data-adapters/csv/from-csv.js'

const options = { level: 'departement', code: 'Code', value: 'Total' } as const

describe('fromCSV', () => {
  it('defaults: name "csv", sniffed delimiter, label from the value column', async () => {
    const source = fromCSV({ ...options, text: 'Code;Total\n29;12,5\n' })
    expect(source.name).toBe('csv')
    const t = await source.load()
    expect(t.get('29')).toEqual({ value: 12.5, status: 'ok', raw: '12,5' })
    expect(t.indicator.label).toBe('Total')
    expect(t.report.source).toBe('csv')
  })

  it('checks its options synchronously', () => {
    expect(() => fromCSV({ ...options, level: 'pays' as never, text: '' })).toThrow('invalid level: "pays"')
    expect(() => fromCSV({ ...options })).toThrow('invalid url: undefined (give exactly one of url, text and data)')
    expect(() => fromCSV({ ...options, text: 'a', data: new Uint8Array() })).toThrow('invalid data')
    expect(() => fromCSV({ ...options, data: 'x' as never })).toThrow('invalid data: "x" (expected a Uint8Array or an ArrayBuffer)')
    expect(() => fromCSV({ ...options, text: 'a', delimiter: ':' as never })).toThrow('invalid delimiter: ":"')
    expect(() => fromCSV({ ...options, url: 'http://example.org/a.csv' })).toThrow('invalid url')
  })

  it('reads bytes with a BOM, and windows-1252 bytes with a warning in the report', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Code,Total\n29,3\n')])
    expect((await fromCSV({ ...options, data: utf8 }).load()).get('29').value).toBe(3)
    // « Département;Code;Total / Finistère;29;4 » in windows-1252 (è = 0xE8, é = 0xE9).
    const latin = Uint8Array.from('Département;Code;Total\nFinistère;29;4\n', (ch) => ch.charCodeAt(0))
    const t = await fromCSV({ ...options, data: latin.buffer, sourceName: 'deps.csv' }).load()
    expect(t.get('29').value).toBe(4)
    expect(t.report.warnings).toContain('the file is not valid UTF-8: read as windows-1252')
  })

  it('reads a UTF-16 file saved by Excel, and says plainly what is not a CSV file (#8 item 13)', async () => {
    const units = [...'Code\tTotal\r\n29\t3\r\n'].map((c) => c.charCodeAt(0))
    const withBom = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])])
    expect((await fromCSV({ ...options, data: withBom }).load()).get('29').value).toBe(3)
    const noBom = withBom.subarray(2)
    await expect(fromCSV({ ...options, data: noBom, sourceName: 'x.csv' }).load()).rejects.toMatchObject({ reason: 'not-csv', message: 'x.csv: the file is UTF-16 without byte-order mark: save it as UTF-8' })
    await expect(fromCSV({ ...options, text: '<!doctype html><title>404</title>', sourceName: 'x.csv' }).load()).rejects.toThrow('x.csv: the file is an HTML page, not CSV')
    await expect(fromCSV({ ...options, text: '  \n ', sourceName: 'x.csv' }).load()).rejects.toThrow('x.csv: the file is empty')
    await expect(fromCSV({ ...options, text: '', sourceName: 'x.csv' }).load()).rejects.toThrow('x.csv: the file is empty')
    // A CSV's own error stands: a missing column is said as such.
    await expect(fromCSV({ ...options, text: 'Code,Autre\n29,1', sourceName: 'x.csv' }).load()).rejects.toMatchObject({ reason: 'column-missing' })
  })

  it('accepts CR-only line endings', async () => {
    const t = await fromCSV({ ...options, text: 'Code,Total\r29,1\r56,2\r' }).load()
    expect([t.get('29').value, t.get('56').value]).toEqual([1, 2])
  })

  it('loads a header-only file as an empty table with a warning', async () => {
    const t = await fromCSV({ ...options, text: 'Code,Total\n' }).load()
    expect(t.size).toBe(0)
    expect(t.report.warnings).toEqual(['the source has no data rows: empty table'])
  })

  it('reports ragged rows, unclosed quotes and delimiter disagreement with the source and row', async () => {
    await expect(fromCSV({ ...options, sourceName: 'f.csv', text: 'Code,Total\n29,1\n56,2,3\n', delimiter: ',' }).load()).rejects.toThrow('f.csv: row 3: 3 fields where the header has 2')
    await expect(fromCSV({ ...options, sourceName: 'f.csv', text: 'Code,Total\n29,"1\n56,2\n' }).load()).rejects.toThrow('f.csv: row 2: unclosed quote')
    await expect(fromCSV({ ...options, sourceName: 'f.csv', text: 'Code,Total\n29,12,5\n56,3\n' }).load()).rejects.toThrow('f.csv: row 2: cannot detect the delimiter')
  })

  it('gives error messages with the line number of the row, past quoted line breaks', async () => {
    const text = 'Nom,Code,Total\n"Finistère\n(29)",29,1\nMorbihan,29,2\n'
    await expect(fromCSV({ ...options, text }).load()).rejects.toThrow('csv: row 4, column "Code": duplicate code "29" (rows 2, 4)')
  })

  describe('from a URL (through the http layer)', () => {
    let server: Server
    let base = ''
    beforeAll(async () => {
      server = createServer((req, res) => {
        // happy-dom's fetch applies CORS like a browser.
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.setHeader('Access-Control-Allow-Headers', '*')
        if (req.method === 'OPTIONS') return void res.writeHead(204).end()
        if (req.url === '/d.csv') res.end('Code;Total\n29;7\n')
        else res.writeHead(404).end()
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('fetches, names the source by its URL and joins', async () => {
      const source = fromCSV({ ...options, url: `${base}/d.csv`, allowHttp: true, cache: false })
      expect(source.name).toBe(`${base}/d.csv`)
      expect((await source.load()).get('29').value).toBe(7)
    })

    it('fails on a missing file', async () => {
      await expect(fromCSV({ ...options, url: `${base}/none.csv`, allowHttp: true, retries: 0 }).load()).rejects.toThrow('404')
    })
  })
})

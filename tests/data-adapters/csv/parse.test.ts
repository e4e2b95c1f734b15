import { describe, expect, it, vi } from 'vitest'
import { parseCsv, parseCsvColumns, parseCsvColumnsInSlices } from '../../../data-adapters/csv/parse.js'
import { bytePieces } from '../../../data-adapters/csv/pieces.js'

describe('parseCsv', () => {
  it('sniffs the delimiter and returns rows of raw strings with their lines', () => {
    expect(parseCsv('Code;Total\n01;12,5\n', 's')).toEqual({ columns: ['Code', 'Total'], rows: [{ Code: '01', Total: '12,5' }], lines: [2], delimiter: ';' })
  })

  it('uses a given delimiter', () => {
    expect(parseCsv('a;b,c\n1;2,3\n', 's', ',').columns).toEqual(['a;b', 'c'])
  })

  it('strips a BOM left in the text and trims header names', () => {
    expect(parseCsv('\uFEFF Code , Total\n01,2', 's').columns).toEqual(['Code', 'Total'])
  })

  it('keeps codes as text, leading zeros included', () => {
    expect(parseCsv('Code,V\n01053,1\n', 's').rows[0]!.Code).toBe('01053')
  })

  it('fails on a ragged row with its line number', () => {
    expect(() => parseCsv('a,b\n1,2\n3,4\n5,6\n7,8\n8,9\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2,3\n', 'f.csv')).toThrow('f.csv: row 22: 3 fields where the header has 2')
  })

  it('gives no rows for a header-only file', () => {
    expect(parseCsv('Code,Total\r\n', 's').rows).toEqual([])
  })

  it('fails on an empty file and on duplicate column names', () => {
    expect(() => parseCsv('', 'f.csv')).toThrow('f.csv: empty file: no header row')
    expect(() => parseCsv('a,a\n1,2', 'f.csv')).toThrow('f.csv: row 1: duplicate column name "a" in the header')
  })
})

describe('parseCsvColumnsInSlices', () => {
  const text = ['Code;Total', ...Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(5, '0')};${i},5`)].join('\n')

  it('gives the columns parseCsvColumns gives, read in slices with the page’s tasks in between', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    // A slice ends at the first look at the clock (every 1024 records): three slices for 3000 rows.
    const parsed = await parseCsvColumnsInSlices(text, 's', undefined, ['Code'], undefined, -1)
    order.push('parsed')
    expect(order).toEqual(['timer', 'parsed'])
    expect(parsed).toEqual(parseCsvColumns(text, 's', undefined, ['Code']))
    expect(parsed.cells[0]![2999]).toBe('02999')
  })

  it('stops between slices when the signal is aborted', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(new DOMException('page left', 'AbortError')), 0)
    await expect(parseCsvColumnsInSlices(text, 's', undefined, undefined, controller.signal, -1)).rejects.toThrow('page left')
  })

  it('rejects with the reason of a signal aborted before it starts, without reading a piece', async () => {
    const reason = new DOMException('page left', 'AbortError')
    const next = vi.fn(bytePieces(new TextEncoder().encode(text)))
    await expect(parseCsvColumnsInSlices(next, 's', undefined, undefined, AbortSignal.abort(reason), -1)).rejects.toBe(reason)
    expect(next).not.toHaveBeenCalled()
  })

  it('reports the same errors as parseCsvColumns', async () => {
    await expect(parseCsvColumnsInSlices(`${text}\n1;2;3`, 'f.csv', undefined, undefined, undefined, -1)).rejects.toThrow('f.csv: row 3002: 3 fields where the header has 2')
  })
})

describe('parseCsvColumnsInSlices on pieces', () => {
  it('sniffs the delimiter past a first piece that ends inside a quoted field', async () => {
    const long = Array.from({ length: 30_000 }, (_, k) => `ligne ${k}`).join('\n')
    const text = `commune;texte\n29;"${long}"\n35;court\n`
    const bytes = new TextEncoder().encode(text)
    expect(bytes.length).toBeGreaterThan(1 << 18)
    const parsed = await parseCsvColumnsInSlices(bytePieces(bytes), 't', undefined, undefined, undefined, undefined, bytes.length)
    expect(parsed).toMatchObject({ delimiter: ';', columns: ['commune', 'texte'], length: 2 })
    expect(parsed.cells[1]![0]).toBe(long)
  })
})

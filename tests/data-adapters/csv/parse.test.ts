import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../data-adapters/csv/parse.js'

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

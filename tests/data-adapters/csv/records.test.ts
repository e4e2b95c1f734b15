import { describe, expect, it } from 'vitest'
import { splitRecords } from '../../../data-adapters/csv/records.js'

describe('splitRecords', () => {
  it('splits on the delimiter and line breaks, numbering lines from 1', () => {
    expect(splitRecords('a,b\n1,2\n', ',', 's')).toEqual({ records: [['a', 'b'], ['1', '2']], lines: [1, 2] })
  })

  it('accepts \\r\\n, \\r alone and no final line break alike', () => {
    const expected = [['a', 'b'], ['1', '2'], ['3', '4']]
    expect(splitRecords('a;b\r\n1;2\r\n3;4', ';', 's').records).toEqual(expected)
    expect(splitRecords('a;b\r1;2\r3;4\r', ';', 's').records).toEqual(expected)
    expect(splitRecords('a;b\r1;2\r3;4\r', ';', 's').lines).toEqual([1, 2, 3])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks, counting the lines', () => {
    const { records, lines } = splitRecords('n,v\n"Saint-Denis, La Réunion","a ""b"""\n"x\ny",2\nz,3', ',', 's')
    expect(records).toEqual([['n', 'v'], ['Saint-Denis, La Réunion', 'a "b"'], ['x\ny', '2'], ['z', '3']])
    expect(lines).toEqual([1, 2, 3, 5])
  })

  it('keeps empty fields, including a trailing one', () => {
    expect(splitRecords('a,b,c\n1,,\n', ',', 's').records).toEqual([['a', 'b', 'c'], ['1', '', '']])
  })

  it('skips blank lines', () => {
    expect(splitRecords('a\n\n1\n\n', ',', 's')).toEqual({ records: [['a'], ['1']], lines: [1, 3] })
  })

  it('fails on an unclosed quote, naming the line where the field starts', () => {
    expect(() => splitRecords('a,b\n1,2\n3,"open\n4,5\n', ',', 'f.csv')).toThrow('f.csv: row 3: unclosed quote')
  })

  it('fails on text after a closing quote', () => {
    expect(() => splitRecords('a,b\n"1"x,2\n', ',', 'f.csv')).toThrow('f.csv: row 2: unexpected "x" after a closing quote')
  })

  it('stops after max records', () => {
    expect(splitRecords('a\nb\nc\n', ',', 's', 2).records).toEqual([['a'], ['b']])
  })
})

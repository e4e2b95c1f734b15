import { describe, expect, it } from 'vitest'
import { DELIMITERS, sniffDelimiter } from '../../../data-adapters/csv/sniff.js'

describe('sniffDelimiter', () => {
  it('defaults to a comma for a single column', () => {
    expect(DELIMITERS).toEqual([',', ';', '\t', '|'])
    expect(sniffDelimiter('Code\n29\n', 's')).toBe(',')
  })

  it('finds each delimiter', () => {
    expect(sniffDelimiter('a,b\n1,2\n', 's')).toBe(',')
    expect(sniffDelimiter('a;b\n1;2\n', 's')).toBe(';')
    expect(sniffDelimiter('a\tb\n1\t2\n', 's')).toBe('\t')
    expect(sniffDelimiter('a|b\n1|2\n', 's')).toBe('|')
  })

  it('prefers the delimiter that keeps the column count when decimals use commas', () => {
    expect(sniffDelimiter('Code;Valeur;Part\n29;12,5;3\n56;1,25;4\n', 's')).toBe(';')
  })

  it('ignores delimiters inside quotes', () => {
    expect(sniffDelimiter('"a;b",c\n"1;2",3\n', 's')).toBe(',')
  })

  it('fails when the first rows disagree on the column count', () => {
    expect(() => sniffDelimiter('Code,Valeur\n29,12,5\n56,3\n', 'f.csv')).toThrow('f.csv: row 2: cannot detect the delimiter: with "," the header has 2 columns but this row has 3')
  })
})

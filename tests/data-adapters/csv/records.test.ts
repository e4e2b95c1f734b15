import { describe, expect, it } from 'vitest'
import { bytePieces, type Pieces } from '../../../data-adapters/csv/pieces.js'
import { lineEstimate, scanColumns, splitColumns, type Columns } from '../../../data-adapters/csv/records.js'

/** The records splitColumns read, header first, each with its line: rebuilt from the columns. */
function splitRecords(text: string, delimiter: string, source: string, max?: number): { records: string[][]; lines: number[] } {
  const c = splitColumns(text, delimiter, source, undefined, max)
  expect(c.ragged).toBeUndefined()
  if (!c.header) return { records: [], lines: [] }
  return { records: [c.header, ...c.lines.map((_, r) => c.cells.map((column) => column[r]!))], lines: [c.headerLine, ...c.lines] }
}

describe('splitColumns', () => {
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

  it('stops after max data records', () => {
    expect(splitRecords('a\nb\nc\nd\n', ',', 's', 2).records).toEqual([['a'], ['b'], ['c']])
  })

  it('returns the header as written and no record for a text without one', () => {
    expect(splitColumns(' a , b\n1,2', ',', 's').header).toEqual([' a ', ' b'])
    expect(splitColumns('\n\n', ',', 's')).toMatchObject({ header: undefined, cells: [], lines: [] })
    // A line of one empty quoted field is blank too; a record starting with one is not.
    expect(splitRecords('""\na,b\n"",1\n', ',', 's')).toEqual({ records: [['a', 'b'], ['', '1']], lines: [2, 3] })
  })

  it('leaves unread columns empty and still checks every field', () => {
    const c = splitColumns('Nom,Code\n"A",1\n,2\n', ',', 's', (h) => h.map((n) => n === 'Code'))
    expect(c.cells).toEqual([[], ['1', '2']])
    expect(splitColumns('Nom,Code\n,1\n,2,3\n', ',', 's', (h) => h.map((n) => n === 'Code')).ragged).toEqual({ fields: 3, line: 3 })
    // A record with one empty field is a blank line only if that field is really empty.
    expect(splitColumns('a,b\nx\n', ',', 's', () => [false, true]).ragged).toEqual({ fields: 1, line: 2 })
    expect(() => splitColumns('a,b\n"x"y,1\n', ',', 's', () => [false, true])).toThrow('s: row 2: unexpected "y" after a closing quote')
  })

  it('reads a delimiter that ends the text as one empty last field, not two', () => {
    expect(splitColumns('a,b\n1,', ',', 's')).toMatchObject({ cells: [['1'], ['']], ragged: undefined })
  })
})

describe('scanColumns', () => {
  const text = ['code,v', ...Array.from({ length: 5000 }, (_, i) => `${i},"${i}\n"`)].join('\n')

  it('stops at a deadline already passed and goes on from where it stopped, to the same columns', () => {
    const scan = scanColumns(text, undefined, ',', 's')
    let slices = 1
    let result = scan(-Infinity)
    for (; result === undefined; slices++) result = scan(-Infinity)
    // 5001 records and a look at the clock every few hundred: stopped several times, then the end.
    expect(slices).toBeGreaterThan(4)
    expect(result).toEqual(splitColumns(text, ',', 's'))
    // Line numbers carried across slices (each record spans two lines).
    expect(result.lines.at(-1)).toBe(2 + 2 * 4999)
  })

  it('without a deadline, scans the whole text at once', () => {
    expect(scanColumns(text, undefined, ',', 's')()!.cells[0]!.length).toBe(5000)
  })
})

describe('scanColumns on pieces', () => {
  // A seeded generator: the same texts and cuts on every run.
  let seed = 7
  const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const FIELDS = ['', 'a', '12,5', 'Saint-Denis', '"q"', '"a ""b"" c"', '"x\ny"', '"r\r\ns"', '""', '"""', '"é;,"']
  const ENDS = ['\n', '\r\n', '\r', '\n\n']
  /** A CSV of 2 to 4 columns, quoted fields with delimiters, quotes and line breaks, every line ending. */
  function csv(): string {
    const width = 2 + Math.floor(random() * 3)
    const rows = 1 + Math.floor(random() * 12)
    let text = ''
    for (let r = 0; r < rows; r++) text += Array.from({ length: width }, () => pick(FIELDS)).join(',') + (r < rows - 1 || random() < 0.5 ? pick(ENDS) : '')
    return text
  }
  /** The text cut at random places, pieces of 0 to `most` characters. */
  const cut =
    (text: string, most = 6): Pieces =>
    () => {
      if (!text) return undefined
      const piece = text.slice(0, Math.floor(random() * (most + 1)))
      text = text.slice(piece.length)
      return piece
    }
  const atOnce = (text: string): Columns | string => {
    try {
      return splitColumns(text, ',', 's')
    } catch (error) {
      return String(error)
    }
  }
  const read = (next: Pieces): Columns | string => {
    try {
      const scan = scanColumns('', next, ',', 's')
      let result = scan(-Infinity)
      while (result === undefined) result = scan(-Infinity)
      return result
    } catch (error) {
      return String(error)
    }
  }

  it('reads a text cut anywhere (in a quoted field, between CR and LF, after a quote) as the whole text, errors included', () => {
    for (let k = 0; k < 400; k++) {
      const text = csv()
      expect(read(cut(text)), JSON.stringify(text)).toEqual(atOnce(text))
    }
    expect(read(cut('a,b\n1,"2\n3,4'))).toContain('row 2: unclosed quote')
    expect(read(cut('a,b\n1,"2"x\n'))).toContain('unexpected "x" after a closing quote')
  })

  it('reads a record that spans thousands of pieces', () => {
    const long = `a,b\n1,"${'x'.repeat(10_000)}"\n`
    let pieces = 0
    const counted = cut(long, 10)
    const result = read(() => (pieces++, counted()))
    expect(result).toMatchObject({ cells: [['1'], ['x'.repeat(10_000)]] })
    expect(pieces).toBeGreaterThan(1000)
  })
})

describe('lineEstimate (the slots given to each column array)', () => {
  const size = 50_000_000

  it('counts the lines of a short text, and extrapolates those of the first 64 KB of a long one', () => {
    expect(lineEstimate('a\nb\nc', 5)).toBe(3)
    // 20-character lines: 2.5 million in 50 MB, and a few % more.
    const lines = `${'x'.repeat(19)}\n`.repeat(13_108)
    expect(lineEstimate(lines, size)).toBeGreaterThan(size / 20)
    expect(lineEstimate(lines, size)).toBeLessThan((size / 20) * 1.1)
  })

  it('gives a first piece cut before a record longer than a piece its 64 KB, not millions of slots', () => {
    // The piece ends after the header (or after one short record): the file's next 256 KB have no line
    // feed, so its first 64 KB hold only the piece's. About 1,600 slots, not 9.5 million (the header
    // line's length scaled to 50 MB).
    expect(lineEstimate('Code,Total\n', size)).toBeLessThan(2000)
    expect(lineEstimate('code,geom\n01,x\n', size)).toBeLessThan(3000)
    // A header line filling the first chunk: no line feed in its first 64 KB.
    expect(lineEstimate(`${'x'.repeat((1 << 18) - 1)}\n`, size)).toBeLessThan(1000)
  })

  it('leaves arrays sized too small to grow: a file whose first piece is its header', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},${i % 7}`)
    const bytes = new TextEncoder().encode(`code,geom\n01,${'x'.repeat(300_000)}\n${rows.join('\n')}\n`)
    const pieces = bytePieces(bytes)
    let first: string | undefined
    const scan = scanColumns('', () => (first === undefined ? (first = pieces()) : pieces()), ',', 's', undefined, Infinity, bytes.length)
    const result = scan()!
    expect(first).toBe('code,geom\n')
    expect(result.lines.length).toBe(50_001)
    expect(result.cells[0]!.at(-1)).toBe('49999')
    expect(result.cells[1]![0]!.length).toBe(300_000)
  })
})

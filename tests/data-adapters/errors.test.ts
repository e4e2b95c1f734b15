import { describe, expect, it } from 'vitest'
import { DataError } from '../../data-adapters/errors.js'

describe('DataError', () => {
  it('names only the source when there is no row or column', () => {
    const e = new DataError('a.csv', 'empty file')
    expect(e.message).toBe('a.csv: empty file')
    expect([e.row, e.column, e.name]).toEqual([undefined, undefined, 'DataError'])
  })

  it('names the row and the column', () => {
    const e = new DataError('a.csv', 'bad', { row: 12, column: 'Total' })
    expect(e.message).toBe('a.csv: row 12, column "Total": bad')
    expect(e).toBeInstanceOf(Error)
  })
})

import { describe, expect, it } from 'vitest'
import { DataError } from '../../data-adapters/errors.js'
import { AtlasError } from '../../src/core/errors.js'

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

  it('is an AtlasError: code `data` (or its reason), params source, row, column and the reason\'s values', () => {
    const plain = new DataError('a.csv', 'bad', { row: 12, column: 'Total' })
    expect(plain).toBeInstanceOf(AtlasError)
    expect([plain.code, plain.params]).toEqual(['data', { source: 'a.csv', row: 12, column: 'Total' }])
    const missing = new DataError('a.csv', 'value column "V" not found', { reason: 'column-missing', params: { missing: 'V' } })
    expect([missing.code, missing.reason, missing.params.missing, missing.params.source]).toEqual(['column-missing', 'column-missing', 'V', 'a.csv'])
  })
})

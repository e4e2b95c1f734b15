import { describe, expect, it } from 'vitest'
import { wrongLevel } from '../../../data-adapters/join/level-guess.js'
import { territories } from '../../../src/core/registry/index.js'

describe('wrongLevel', () => {
  it('names the level more than half of the unknown codes belong to, with the row counts', () => {
    const regions = territories('region').map((t) => t.code)
    const error = wrongLevel(['84', '53', 'x'], 'commune', { rows: 3, kept: 4 }, 's.csv', 'Code')
    expect(regions).toEqual(expect.arrayContaining(['84', '53']))
    expect(error).toMatchObject({ name: 'DataError', source: 's.csv', column: 'Code', reason: 'wrong-level', params: { level: 'commune', guess: 'region', rows: 3, kept: 4 } })
    expect(error.message).toBe('s.csv: column "Code": 3 of 4 rows have a code that is not a commune code: these codes look like region codes')
  })

  it('prefers the level most codes fit: départements over regions for 01–95', () => {
    const codes = territories('departement').map((t) => t.code)
    expect(wrongLevel(codes, 'region', { rows: 101, kept: 101 }, 's', 'c').params).toMatchObject({ guess: 'departement' })
  })

  it('tells communes and EPCI by their shape (no registry to fetch), Corsican codes in any case', () => {
    expect(wrongLevel(['29019', '2a004', '75056'], 'epci', { rows: 3, kept: 3 }, 's', 'c').params).toMatchObject({ guess: 'commune' })
    expect(wrongLevel(['200067106', '242900314'], 'departement', { rows: 2, kept: 2 }, 's', 'c').params).toMatchObject({ guess: 'epci' })
    expect(wrongLevel(['2a', '2b', '971'], 'region', { rows: 3, kept: 3 }, 's', 'c').params).toMatchObject({ guess: 'departement' })
  })

  it('names no level when at most half the unknown codes fit one, and shows the first five codes', () => {
    const codes = ['01', '02', '03', 'x1', 'x2', 'x3']
    const error = wrongLevel(codes, 'commune', { rows: 6, kept: 6 }, 's.csv', 'Code')
    expect(error.params).toEqual({ level: 'commune', codes: codes.slice(0, 5), guess: undefined, rows: 6, kept: 6, source: 's.csv', row: undefined, column: 'Code' })
    expect(error.message).toBe('s.csv: column "Code": 6 of 6 rows have a code that is not a commune code (01, 02, 03, x1, x2…)')
    // Names fit no level's codes.
    expect(wrongLevel(['Bretagne', 'Normandie'], 'departement', { rows: 2, kept: 2 }, 's', 'Nom').params?.guess).toBeUndefined()
  })
})

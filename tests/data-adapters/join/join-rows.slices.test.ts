import { describe, expect, it, vi } from 'vitest'
import { joinTable } from '../../../data-adapters/join/join-rows.js'
import { tableOfColumns } from '../../../data-adapters/join/table.js'
import { checkJoinOptions } from '../../../data-adapters/options.js'

// Every slice ends at its first look at the clock, and the test sees each one (#8 item 14: the join reads
// a large file's value column in slices, not in one task).
const slices = vi.hoisted(() => ({ count: 0, after: (_n: number): void => {} }))
vi.mock('../../../data-adapters/slices.js', async (original) => (await import('../../support/slices.js')).atEveryLook(await original(), slices))

// 96 départements of metropolitan France × 500 years: 48,000 rows, 101 kept by the filter.
const CODES = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0'))
  .filter((c) => c !== '20')
  .concat(['2A', '2B'])
const code: string[] = []
const year: string[] = []
const value: string[] = []
const per: string[] = []
for (let y = 1600; y < 2100; y++)
  for (const [k, c] of CODES.entries()) {
    code.push(c)
    year.push(String(y))
    value.push(`${k},${y % 10}`)
    per.push(String(10 + k))
  }
const table = () => tableOfColumns(['code', 'annee', 'v', 'p'], [code, year, value, per], code.length)
const options = checkJoinOptions({ level: 'departement', code: 'code', value: 'v', per: 'p', filter: { annee: '2000' } })

describe('joinTable, on a large table', () => {
  it('reads the value and per columns in slices, to the cells read at once', async () => {
    slices.count = 0
    slices.after = () => {}
    const t = await joinTable(table(), options, { source: 'big.csv' })
    // 48,000 cells a column, the clock looked at every 8,192: several slices for each.
    expect(slices.count).toBeGreaterThan(10)
    // Département k (in CODES order) has value k,0 (decimal comma) over 10 + k, in the year 2000.
    expect(t.get('29')?.value).toBeCloseTo(27 / 37, 12)
    expect(t.get('2B')?.value).toBeCloseTo(95 / 105, 12)
    expect(t.report).toMatchObject({ rowsRead: 48_000, matched: 96 })
  })

  it('stops when the signal is aborted between two slices of the value column', async () => {
    const controller = new AbortController()
    slices.count = 0
    slices.after = (n) => {
      if (n === 3) controller.abort(new DOMException('widget removed', 'AbortError'))
    }
    await expect(joinTable(table(), options, { source: 'big.csv', signal: controller.signal })).rejects.toThrow('widget removed')
    expect(slices.count).toBe(3)
  })
})

describe('joinTable, errors in order', () => {
  it('says a file of another level before its mixed decimal separators, though the numbers are read first', async () => {
    slices.after = () => {}
    const t = tableOfColumns(['code', 'v'], [['29019', '35238', '22113', '56260'], ['1,5', '2.5', '3', '4']], 4)
    await expect(joinTable(t, checkJoinOptions({ level: 'departement', code: 'code', value: 'v' }), { source: 's.csv' })).rejects.toThrow('these codes look like commune codes')
  })
})

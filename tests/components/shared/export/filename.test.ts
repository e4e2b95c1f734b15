import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../../src/components/shared/export/filename.js'

describe('exportFileName', () => {
  it('names the file after the indicator and view', () => {
    expect(exportFileName('part', { level: 'departement', within: null }, 'png')).toBe('atlas-part-departement.png')
    expect(exportFileName('Dépenses/hab', { level: 'commune', within: { level: 'departement', code: '2A' } }, 'csv')).toBe('atlas-d-penses-hab-commune-2a.csv')
  })
})

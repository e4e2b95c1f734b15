import { describe, expect, it } from 'vitest'
import { sourceLine } from '../../../src/core/text/source-line.js'

describe('sourceLine', () => {
  it('credits the source and the year, in the language’s colon', () => {
    expect(sourceLine('fr', { source: 'Insee', year: '2019' })).toBe('Source\u00a0: Insee, 2019')
    expect(sourceLine('en', { source: 'Insee', year: '2019' })).toBe('Source: Insee, 2019')
    expect(sourceLine('fr', { source: '', year: '2019' })).toBe('Source\u00a0: 2019')
    expect(sourceLine('fr', { source: 'Deps', year: '' })).toBe('Source\u00a0: Deps')
  })

  it('is empty when the indicator names neither: no widget draws a bare « Source : »', () => {
    expect(sourceLine('fr', { source: '', year: '' })).toBe('')
    expect(sourceLine('en', { source: '', year: '' })).toBe('')
  })
})

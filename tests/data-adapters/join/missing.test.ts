import { describe, expect, it } from 'vitest'
import { missingMarker } from '../../../data-adapters/join/missing.js'

describe('missingMarker', () => {
  it('is undefined for values, including 0', () => {
    for (const v of ['0', '12,5', 'Archives', 'secret', 'S1']) expect(missingMarker(v)).toBeUndefined()
  })

  it('reads s and c as statistical secrecy, in any case', () => {
    for (const v of ['s', 'S', 'c', 'C']) expect(missingMarker(v)).toBe('secret')
  })

  it('reads every not-published marker and the empty cell as not available', () => {
    for (const v of ['', 'nd', 'ND', 'n.d.', 'N.D.', 'NA', 'N/A', 'n/a', '-', '–', '—', '.', 'nc']) expect(missingMarker(v)).toBe('not-available')
  })

  it('reads sans objet as not applicable', () => {
    expect(missingMarker('so')).toBe('not-applicable')
    expect(missingMarker('s.o.')).toBe('not-applicable')
  })
})

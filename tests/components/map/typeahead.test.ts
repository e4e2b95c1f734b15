import { describe, expect, it } from 'vitest'
import { EMPTY_TYPEAHEAD, isTypeaheadKey, typeaheadMatch, typeaheadNext } from '../../../src/components/map/typeahead.js'

const names = [
  { code: '22', name: "Côtes-d'Armor" },
  { code: '29', name: 'Finistère' },
  { code: '35', name: 'Ille-et-Vilaine' },
  { code: '56', name: 'Morbihan' },
  { code: '50', name: 'Manche' },
]

describe('typeahead', () => {
  it('starts empty', () => {
    expect(EMPTY_TYPEAHEAD.text).toBe('')
  })

  it('matches name starts, ignoring accents, case and apostrophes', () => {
    expect(typeaheadMatch('Fin', names, null)).toBe('29')
    expect(typeaheadMatch('cotes d', names, null)).toBe('22')
    expect(typeaheadMatch('ILLE', names, null)).toBe('35')
    expect(typeaheadMatch('x', names, null)).toBeUndefined()
  })

  it('accumulates keys typed in a row and restarts after a pause', () => {
    let s = typeaheadNext(EMPTY_TYPEAHEAD, 'F', 0)
    s = typeaheadNext(s, 'i', 200)
    expect(s.text).toBe('Fi')
    expect(typeaheadNext(s, 'M', 5000).text).toBe('M')
  })

  it('cycles through names with the same initial when the letter is repeated', () => {
    expect(typeaheadMatch('MM', names, '56')).toBe('50')
    expect(typeaheadMatch('MM', names, '50')).toBe('56')
  })

  it('takes letters and digits only', () => {
    expect(isTypeaheadKey('é')).toBe(true)
    expect(isTypeaheadKey('ArrowUp')).toBe(false)
    expect(isTypeaheadKey(' ')).toBe(false)
  })
})

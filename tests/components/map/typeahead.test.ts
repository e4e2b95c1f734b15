import { describe, expect, it } from 'vitest'
import { EMPTY_TYPEAHEAD, isTypeaheadKey, TYPEAHEAD_RESET_MS, typeaheadMatch, typeaheadNext } from '../../../src/components/map/typeahead.js'

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

  it('takes letters and digits, and a space only inside a search under way', () => {
    expect(isTypeaheadKey('é')).toBe(true)
    expect(isTypeaheadKey('ArrowUp')).toBe(false)
    expect(isTypeaheadKey(' ')).toBe(false)
    const typing = typeaheadNext(EMPTY_TYPEAHEAD, 'L', 100)
    expect(isTypeaheadKey(' ', typing, 300)).toBe(true)
    expect(isTypeaheadKey(' ', typing, 100 + TYPEAHEAD_RESET_MS + 1)).toBe(false)
  })

  it('matches the start of any word of a name, names that start with the text first', () => {
    const more = [
      { code: '63', name: 'Puy-de-Dôme' },
      { code: '974', name: 'La Réunion' },
      { code: '69', name: 'Rhône' },
      { code: '73', name: 'Savoie' },
      { code: '74', name: 'Haute-Savoie' },
      { code: '90', name: 'Territoire de Belfort' },
    ].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    expect(typeaheadMatch('Réunion', more, null)).toBe('974')
    expect(typeaheadMatch('REUN', more, null)).toBe('974')
    expect(typeaheadMatch('la réunion', more, null)).toBe('974')
    expect(typeaheadMatch('Territoire de Belfort', more, null)).toBe('90')
    expect(typeaheadMatch('belf', more, null)).toBe('90')
    expect(typeaheadMatch('dome', more, null)).toBe('63')
    // Savoie starts with « sav », Haute-Savoie only has a word that does.
    expect(typeaheadMatch('sav', more, null)).toBe('73')
    // Inside a word is not a word start.
    expect(typeaheadMatch('union', more, null)).toBeUndefined()
  })
})

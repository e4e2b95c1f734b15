import { describe, expect, it } from 'vitest'
import { classLabel } from '../../../src/core/scales/class-label.js'

const NB = '\u00a0'

describe('classLabel', () => {
  it('defaults to French words, without unit', () => {
    expect(classLabel(2.1, 3.4)).toBe('de 2,1 à moins de 3,4')
  })
  it('names the open first and last classes, the unit once', () => {
    expect(classLabel(-Infinity, 2.1, { unit: '%' })).toBe(`moins de 2,1${NB}%`)
    expect(classLabel(2.1, 3.4, { unit: '%' })).toBe(`de 2,1 à moins de 3,4${NB}%`)
    expect(classLabel(3.4, Infinity, { unit: '%' })).toBe(`3,4${NB}% et plus`)
    expect(classLabel(12_000, 15_000, { unit: '€', digits: 0 })).toBe(`de 12\u202f000 à moins de 15\u202f000${NB}€`)
  })
  it('speaks English', () => {
    expect(classLabel(-Infinity, 2.1, { lang: 'en', unit: '%' })).toBe('less than 2.1%')
    expect(classLabel(3.4, Infinity, { lang: 'en', unit: '%' })).toBe('3.4% or more')
  })
  it('shows a single value as itself', () => {
    expect(classLabel(5, 5, { unit: '%', digits: 1 })).toBe(`5,0${NB}%`)
  })
})

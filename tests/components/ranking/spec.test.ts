import { describe, expect, it } from 'vitest'
import { defaults } from '../../../src/components/ranking/defaults.js'
import { parseColor, parseLimit, parseReferences, rankingSpec } from '../../../src/components/ranking/spec.js'
import { attributesOf } from '../../../src/core/spec/spec.js'

describe('rankingSpec', () => {
  it('by default: auto limit, every reference, class colours; the element reads the same names as the map plus limit, order, references, color', () => {
    expect(parseLimit('limit', undefined)).toBe(defaults.limit)
    expect(parseReferences('references', null)).toEqual(['france', 'metro', 'parent', 'median'])
    expect(parseColor('color', undefined)).toBe('classes')
    const attributes = attributesOf(rankingSpec)
    for (const name of ['level', 'lang', 'within', 'title', 'subtitle', 'method', 'classes', 'breaks', 'reference', 'palette', 'limit', 'order', 'references', 'color']) expect(attributes).toContain(name)
    for (const prop of ['table', 'store', 'parts', 'id', 'onReady']) expect(attributes).not.toContain(prop)
  })

  it('reads attributes’ text through the option helpers, and names a bad one', () => {
    expect(parseLimit('limit', '12')).toBe(12)
    expect(parseLimit('limit', 'all')).toBe('all')
    expect(() => parseLimit('limit', 'dix')).toThrow('invalid limit: "dix"')
    expect(() => parseLimit('limit', '0')).toThrow('invalid limit')
    expect(parseReferences('references', 'france, median')).toEqual(['france', 'median'])
    expect(parseReferences('references', 'none')).toEqual([])
    expect(() => parseReferences('references', 'europe')).toThrow('invalid references: "europe"')
    expect(parseColor('color', '#000091')).toBe('#000091')
    expect(() => parseColor('color', 'red;}')).toThrow('invalid color')
  })
})

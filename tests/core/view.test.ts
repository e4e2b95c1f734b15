import { beforeAll, describe, expect, it } from 'vitest'
import { createSelectionStore } from '../../src/core/selection.js'
import { areaName, checkView, checkWithin, drillTarget, inArea, leftOutCodes, levelsIn, parentView, parseWithin, viewKey, type View } from '../../src/core/view.js'
import { loadRegistry } from './registry/setup.js'

describe('view', () => {
  it('reads an absent within as France entière, the default view', () => {
    expect(parseWithin(undefined)).toBeNull()
    expect(parseWithin(null)).toBeNull()
    expect(parseWithin('')).toBeNull()
    expect(createSelectionStore().view.value).toEqual({ level: 'departement', within: null })
    expect(areaName({ level: 'departement', within: null }, 'fr')).toBe('France entière')
    expect(areaName({ level: 'departement', within: null }, 'en')).toBe('All of France')
  })

  it('reads the attribute form and the object form alike', () => {
    expect(parseWithin('region:53')).toEqual({ level: 'region', code: '53' })
    expect(parseWithin(' departement:2A ')).toEqual({ level: 'departement', code: '2A' })
    expect(parseWithin({ level: 'departement', code: '29' })).toEqual({ level: 'departement', code: '29' })
  })

  it('rejects any other form, naming within', () => {
    for (const bad of ['bretagne', 'commune:29001', 'region:', 42, { level: 'commune', code: '29' }, { level: 'region' }, { level: 'region', code: 53 }]) {
      expect(() => parseWithin(bad)).toThrow('invalid within')
    }
  })

  it('checks the territory exists and holds the level drawn', () => {
    expect(checkView({ level: 'commune', within: { level: 'departement', code: '29' } }).within).toEqual({ level: 'departement', code: '29' })
    expect(() => checkView({ level: 'departement', within: { level: 'region', code: '99' } })).toThrow('invalid within: "region:99" (unknown territory)')
    expect(() => checkView({ level: 'region', within: { level: 'departement', code: '29' } })).toThrow('invalid within: "departement:29" (a departement holds no region)')
    expect(() => checkView({ level: 'region', within: { level: 'region', code: '53' } })).toThrow('a region holds no region')
    // The geometry loader draws one territory of its own level.
    expect(checkWithin('region', { level: 'region', code: '53' }, true)).toEqual({ level: 'region', code: '53' })
    expect(() => checkView({ level: 'canton' as never, within: null })).toThrow('invalid level: "canton"')
  })

  it('drills down to the next level with data, and back up', () => {
    const all = ['region', 'departement', 'commune'] as const
    expect(drillTarget({ level: 'region', within: null }, '53', all)).toEqual({ level: 'departement', within: { level: 'region', code: '53' } })
    expect(drillTarget({ level: 'departement', within: null }, '29', all)).toEqual({ level: 'commune', within: { level: 'departement', code: '29' } })
    expect(drillTarget({ level: 'departement', within: null }, '29', ['departement'])).toBeUndefined()
    expect(parentView({ level: 'commune', within: { level: 'departement', code: '29' } }, all)).toEqual({ level: 'departement', within: { level: 'region', code: '53' } })
    expect(parentView({ level: 'departement', within: { level: 'region', code: '53' } }, all)).toEqual({ level: 'region', within: null })
    expect(parentView({ level: 'departement', within: { level: 'region', code: '53' } }, ['departement'])).toEqual({ level: 'departement', within: null })
    expect(parentView({ level: 'departement', within: null }, all)).toBeUndefined()
  })

  it('names the area and the levels drawn', () => {
    expect(areaName({ level: 'departement', within: { level: 'region', code: '53' } }, 'fr')).toBe('Bretagne')
    expect(areaName({ level: 'commune', within: { level: 'departement', code: '29' } }, 'en')).toBe('Finistère')
    expect(levelsIn({ level: 'departement', within: null }, 'fr')).toBe('Départements')
    expect(levelsIn({ level: 'region', within: null }, 'en')).toBe('Regions')
    expect(viewKey({ level: 'commune', within: { level: 'departement', code: '29' } })).toBe('commune|departement:29')
    expect(viewKey({ level: 'region', within: null })).toBe('region|')
  })
})

describe('leftOutCodes: what a widget lists as not shown, in its area', () => {
  const FINISTERE: View = { level: 'commune', within: { level: 'departement', code: '29' } }
  beforeAll(() => loadRegistry('commune'))

  it('by default (France entière, no unmatched codes), lists every code as unknown', () => {
    expect(leftOutCodes({ level: 'departement', within: null }, ['98', '2C'])).toEqual({ unknownCodes: ['98', '2C'], noOutline: [] })
    expect(leftOutCodes({ level: 'departement', within: null }, [])).toEqual({ unknownCodes: [], noOutline: [] })
  })

  it('keeps apart the communes the map has no outline for', () => {
    expect(leftOutCodes({ level: 'commune', within: null }, ['01039', '99999'], ['14666'])).toEqual({ unknownCodes: ['01039', '99999'], noOutline: ['14666'] })
  })

  it('keeps to the view\'s area: a former commune where its current commune lies, a code the registry cannot place in France entière only', () => {
    // 01039 Béon → 01138 Culoz-Béon (Ain); 29009 → 29039 Concarneau; 22007 → 22055 (Côtes-d'Armor); 99999, 29999 are no communes.
    const codes = ['01039', '99999', '29009', '29999', '22007', '14507']
    expect(leftOutCodes(FINISTERE, codes)).toEqual({ unknownCodes: ['29009'], noOutline: [] })
    expect(leftOutCodes({ level: 'commune', within: { level: 'region', code: '53' } }, codes).unknownCodes).toEqual(['29009', '22007'])
    // 14507 Pont-Farcy (Calvados) merged into 50592 Tessy-Bocage (Manche): the registry says where, not the code's digits.
    expect(leftOutCodes({ level: 'commune', within: { level: 'departement', code: '50' } }, codes).unknownCodes).toEqual(['14507'])
    expect(leftOutCodes({ level: 'commune', within: { level: 'departement', code: '14' } }, codes).unknownCodes).toEqual([])
    // Unmatched codes come from the view's own territories: kept as they are.
    expect(leftOutCodes(FINISTERE, [], ['29001']).noOutline).toEqual(['29001'])
  })

  it('places codes of other levels by their département or region', () => {
    expect(inArea({ level: 'departement', within: { level: 'region', code: '53' } }, '29')).toBe(true)
    expect(inArea({ level: 'departement', within: { level: 'region', code: '53' } }, '75')).toBe(false)
    expect(inArea({ level: 'departement', within: { level: 'region', code: '53' } }, '2C')).toBe(false)
    expect(inArea({ level: 'departement', within: null }, '2C')).toBe(true)
    expect(inArea(FINISTERE, '29039')).toBe(true)
    expect(inArea(FINISTERE, '56001')).toBe(false)
  })
})

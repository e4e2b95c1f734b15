import { beforeAll, describe, expect, it } from 'vitest'
import { createSelectionStore } from '../../src/core/selection.js'
import { areaName, checkView, checkWithin, drillTarget, inArea, levelsIn, parentView, parseWithin, viewKey, type View } from '../../src/core/view.js'
import { readFileSync } from 'node:fs'
import { territories } from '../../src/core/registry/index.js'
import { registryInArea } from './registry/in-area.js'
import { DIST, loadRegistry } from './registry/setup.js'

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

describe('inArea: the codes a widget lists as left out, kept to the view\'s area', () => {
  const FINISTERE: View = { level: 'commune', within: { level: 'departement', code: '29' } }
  const BRETAGNE: View = { level: 'commune', within: { level: 'region', code: '53' } }
  beforeAll(() => loadRegistry('commune'))

  it('by default (France entière), keeps every code, even one no territory has', () => {
    for (const code of ['29', '2C', '98', '99999', '01039']) expect(inArea({ level: 'departement', within: null }, code)).toBe(true)
    expect(inArea({ level: 'commune', within: null }, '99999')).toBe(true)
  })

  it('places a current commune, and a former one where its current commune lies; a code the registry cannot place, nowhere but France entière', () => {
    // 01039 Béon → 01138 Culoz-Béon (Ain); 29009 → 29039 Concarneau; 22007 → 22055 (Côtes-d'Armor); 99999, 29999 are no communes.
    const codes = ['01039', '99999', '29009', '29999', '22007', '14507', '29039', '56001']
    const inside = (view: View) => codes.filter((c) => inArea(view, c))
    expect(inside(FINISTERE)).toEqual(['29009', '29039'])
    expect(inside(BRETAGNE)).toEqual(['29009', '22007', '29039', '56001'])
    // 14507 Pont-Farcy (Calvados) merged into 50592 Tessy-Bocage (Manche): the registry says where, not the code's digits.
    expect(inside({ level: 'commune', within: { level: 'departement', code: '50' } })).toEqual(['14507'])
    expect(inside({ level: 'commune', within: { level: 'departement', code: '14' } })).toEqual([])
  })

  it('places codes of other levels by their region', () => {
    const view: View = { level: 'departement', within: { level: 'region', code: '53' } }
    expect(['29', '75', '2C', '98'].filter((c) => inArea(view, c))).toEqual(['29'])
  })
})

describe('inArea skips the registry for a commune code outside a département\'s prefix: the same answers', () => {
  beforeAll(() => loadRegistry('commune'))
  const views: View[] = [
    { level: 'commune', within: null },
    ...['29', '50', '14', '2A', '2B', '91', '974', '976'].map((code): View => ({ level: 'commune', within: { level: 'departement', code } })),
    ...['53', '94', '01', '11', '84'].map((code): View => ({ level: 'commune', within: { level: 'region', code } })),
    ...['29', '53'].map((code): View => ({ level: 'epci', within: { level: code === '29' ? 'departement' : 'region', code } })),
    { level: 'departement', within: { level: 'region', code: '53' } },
  ]

  it('gives the registry look-up\'s answer (the definition before) for every current, former and arrondissement code, and codes of none', async () => {
    await loadRegistry('epci')
    const file = JSON.parse(readFileSync(new URL('registry/communes.json', DIST), 'utf8')) as { history: object; arrondissements: object; split: object }
    const codes = [
      ...territories('commune').map((t) => t.code),
      ...Object.keys(file.history),
      ...Object.keys(file.arrondissements),
      ...Object.keys(file.split),
      ...['99999', '29999', '2A999', '97999', '29', '2', '', 'abc'],
      ...territories('departement').map((t) => t.code),
      ...territories('epci').map((t) => t.code),
    ]
    for (const view of views) {
      const inside = codes.filter((c) => inArea(view, c))
      expect(inside, viewKey(view)).toEqual(codes.filter((c) => registryInArea(view, c)))
      if (view.within) expect(inside.length, viewKey(view)).toBeGreaterThan(0)
    }
    // Former communes now in another département: by the registry, not their digits.
    expect(inArea({ level: 'commune', within: { level: 'departement', code: '50' } }, '14507')).toBe(true)
    expect(inArea({ level: 'commune', within: { level: 'departement', code: '91' } }, '78336')).toBe(registryInArea({ level: 'commune', within: { level: 'departement', code: '91' } }, '78336'))
    expect(inArea({ level: 'commune', within: { level: 'departement', code: '2A' } }, '20004')).toBe(true)
  })

  it('relies on what the registry holds: a current commune\'s code starts with its département\'s', () => {
    const wrong = territories('commune').filter((t) => !t.departement || !t.code.startsWith(t.departement))
    expect(wrong.map((t) => `${t.code} ${t.departement}`)).toEqual([])
    expect(territories('commune').length).toBeGreaterThan(34_000)
  })
})

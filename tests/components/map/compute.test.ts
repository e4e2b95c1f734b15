import { beforeAll, describe, expect, it, vi } from 'vitest'
import { computeMap, mapId } from '../../../src/components/map/compute.js'
import { IndicatorTable, indicatorMeta } from '../../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../../src/core/types.js'
import type { ViewGeometry } from '../../../src/components/map/types.js'
import { territories } from '../../../src/core/registry/index.js'
import { viewKey, type View } from '../../../src/core/view.js'
import { loadRegistry } from '../../core/registry/setup.js'
import { registryInArea } from '../../core/registry/in-area.js'

const names: Record<string, string> = { '22': "Côtes-d'Armor", '29': 'Finistère', '35': 'Ille-et-Vilaine', '56': 'Morbihan', '44': 'Loire-Atlantique', '53': 'Mayenne' }
const geometry: ViewGeometry = {
  shapes: Object.entries(names).map(([code, name], i) => ({ code, name, d: 'M0,0h1v1z', centroid: [i, 0], bounds: [[i, 0], [i + 1, 1]] })),
  neighbours: new Map(),
  frames: [],
  width: 600,
  height: 500,
}
const values: Record<string, number | 'secret'> = { '22': 1, '29': 2, '35': 3, '56': 4, '44': 5, '53': 'secret' }
const cells = new Map<string, Cell>(Object.entries(values).map(([c, v]) => [c, v === 'secret' ? { value: null, status: 'secret', raw: 's' } : { value: v, status: 'ok', raw: v }]))
cells.set('99999', { value: 1, status: 'ok', raw: 1 })
const table = new IndicatorTable({ level: 'departement', indicator: indicatorMeta({ id: 'part', label: 'Part', unit: '%' }), cells, report: emptyReport('t') })
const view = { level: 'departement' as const, within: null }

describe('computeMap', () => {
  it('by default: quantiles in 5 classes over the drawn territories, ids from indicator and level', () => {
    const m = computeMap(table, geometry, { view, lang: 'fr' })
    expect(m.idPrefix).toBe('atlas-map-part-departement')
    expect(m.classification.method).toBe('quantile')
    expect(m.classification.classes).toHaveLength(5)
    expect(Object.fromEntries(m.classIndex)).toEqual({ '22': 0, '29': 1, '35': 2, '56': 3, '44': 4, '53': -1 })
    expect(m.fills.get('22')).toBe(`var(--atlas-class-1, ${m.colors[0]})`)
  })

  it('fills a missing value with its status pattern, never a class colour, and counts it', () => {
    const m = computeMap(table, geometry, { view, lang: 'fr' })
    expect(m.fills.get('53')).toBe('url(#atlas-map-part-departement-missing-secret)')
    expect(m.missing.secret).toBe(1)
    expect(m.patterns.map((p) => p.status)).toEqual(['secret'])
  })

  it('orders by name and by rank, and counts table codes no shape carries', () => {
    const m = computeMap(table, geometry, { view, lang: 'fr' })
    expect(m.byName.map((n) => n.code)).toEqual(['22', '29', '35', '44', '53', '56'])
    expect(m.byRank[0]).toBe('44')
    expect(m.unmatched).toEqual(['99999'])
    // Ranked among the 5 drawn territories with a value: the undrawn 99999 does not count.
    expect(m.info('29')).toMatchObject({ valueText: '2,0\u00a0%', rankText: '4ᵉ sur 5', classIndex: 1, classCount: 5 })
    // Without a value: the status in words, no rank, no class.
    expect(m.info('53')).toEqual({ code: '53', name: 'Mayenne', level: 'departement', cell: cells.get('53'), valueText: 'Secret statistique', rank: undefined, rankedCount: 5, rankText: '', classIndex: undefined, classCount: 5, classLabel: '', lang: 'fr' })
    expect(computeMap(table, geometry, { view, lang: 'en' }).info('29')).toMatchObject({ valueText: '2.0%', rankText: '4th of 5', classLabel: expect.any(String) })
  })

  it('sorts the names (type-ahead, Home and End, the table) and ranks on first use, not before the first paint', () => {
    const compare = vi.spyOn(Intl.Collator.prototype, 'compare', 'get')
    try {
      const m = computeMap(table, geometry, { view, lang: 'fr' })
      expect(m.summary).toContain('Loire-Atlantique')
      expect(compare).not.toHaveBeenCalled()
      expect(m.byRank).toEqual(['44', '56', '35', '29', '22'])
      expect(compare).toHaveBeenCalled()
      expect(m.byName.map((n) => n.code)).toEqual(['22', '29', '35', '44', '53', '56'])
      expect(m.byName).toBe(m.byName)
    } finally {
      compare.mockRestore()
    }
  })

  it('gives the legend the values classified and the territories of each class or missing status', () => {
    const m = computeMap(table, geometry, { view, lang: 'fr' })
    // Only drawn territories with a value: the secret 53 and the undrawn 99999 are left out.
    expect([...m.values].sort()).toEqual([1, 2, 3, 4, 5])
    expect([...m.codesOf(1)]).toEqual(['29'])
    expect([...m.codesOf('secret')]).toEqual(['53'])
    expect(m.codesOf('not-available').size).toBe(0)
    // Same set for the same key: renderers memoising on it do not redraw on every render.
    expect(m.codesOf(1)).toBe(m.codesOf(1))
  })

  it('takes given breaks and method', () => {
    const m = computeMap(table, geometry, { view, lang: 'en', breaks: [2.5] })
    expect(m.classification.classes.map((c) => c.count)).toEqual([2, 3])
    expect(mapId(table, { level: 'commune', within: { level: 'departement', code: '2A' } })).toBe('atlas-map-part-commune-2A')
  })
})

describe('computeMap unmatched, on the commune registry', () => {
  beforeAll(() => loadRegistry('commune'))

  it('lists the table codes of the area that no shape carries, in table order, as the registry places them', () => {
    // Every current commune, former ones (29009 → Concarneau, 14507 → Manche, Corsica's 20004, Seine-et-Oise's 78336), an arrondissement, codes of none.
    const codes = [...territories('commune').map((t) => t.code), '29009', '14507', '20004', '78336', '75101', '99999', '29999']
    const cells = new Map<string, Cell>(codes.map((c, i) => [c, { value: i, status: 'ok', raw: i }]))
    const communes = new IndicatorTable({ level: 'commune', indicator: indicatorMeta({ id: 'n', label: 'N', unit: '' }), cells, report: emptyReport('t') })
    const views: View[] = [['departement', '29'], ['departement', '2A'], ['departement', '50'], ['departement', '971'], ['region', '53'], ['region', '11']].map(([level, code]) => ({ level: 'commune', within: { level: level as 'departement', code: code! } }))
    views.push({ level: 'commune', within: null })
    for (const view of views) {
      // Drawn: the area's current communes but its first one, which the table has.
      const area = view.within ? territories('commune').filter((t) => registryInArea(view, t.code)) : territories('commune')
      const shapes = area.slice(1).map((t, i) => ({ code: t.code, name: t.name, d: 'M0,0h1v1z', centroid: [i, 0] as [number, number], bounds: [[i, 0], [i + 1, 1]] as [[number, number], [number, number]] }))
      const m = computeMap(communes, { ...geometry, shapes }, { view, lang: 'fr' })
      const drawn = new Set(shapes.map((s) => s.code))
      expect(m.unmatched, viewKey(view)).toEqual(communes.codes().filter((c) => !drawn.has(c) && registryInArea(view, c)))
      expect(m.unmatched, viewKey(view)).toContain(area[0]!.code)
    }
    expect(computeMap(communes, { ...geometry, shapes: [] }, { view: views[2]!, lang: 'fr' }).unmatched).toContain('14507')
  })
})

import { computeMap } from '../../../../src/components/map/compute.js'
import type { ViewGeometry } from '../../../../src/components/map/types.js'
import { IndicatorTable, indicatorMeta } from '../../../../src/core/indicator-table.js'
import { emptyReport, type Cell } from '../../../../src/core/types.js'

/** Six Breton and Pays de la Loire départements, one under statistical secrecy. */
const names: Record<string, string> = { '22': "Côtes-d'Armor", '29': 'Finistère', '35': 'Ille-et-Vilaine', '56': 'Morbihan', '44': 'Loire-Atlantique', '53': 'Mayenne' }
export const geometry: ViewGeometry = {
  shapes: Object.entries(names).map(([code, name], i) => ({ code, name, d: `M${i * 10},0h10v10h-10z`, centroid: [i * 10 + 5, 5], bounds: [[i * 10, 0], [i * 10 + 10, 10]] })),
  neighbours: new Map(),
  frames: ['M0,400h50v50h-50Z'],
  width: 600,
  height: 500,
}
const values: Record<string, number | 'secret'> = { '22': 1.25, '29': 2.5, '35': 3, '56': 4, '44': 5, '53': 'secret' }
const cells = new Map<string, Cell>(Object.entries(values).map(([c, v]) => [c, v === 'secret' ? { value: null, status: 'secret', raw: 's' } : { value: v, status: 'ok', raw: v }]))
export const table = new IndicatorTable({
  level: 'departement',
  indicator: indicatorMeta({ id: 'part', label: 'Part des actifs <culture> & "arts"', unit: '%', source: 'Insee', year: '2018' }),
  cells,
  report: emptyReport('t'),
})
export const view = { level: 'departement' as const, within: null }
export const model = computeMap(table, geometry, { view, lang: 'fr' })

import { cleanup } from '@testing-library/preact'
import type { Topology } from 'topojson-specification'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fromCSV, fromRecords } from '../../../data-adapters/index.js'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { loadAsset } from '../../../src/core/assets.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { currentCommuneCode } from '../../../src/core/registry/history.js'
import { loadTerritories } from '../../../src/core/registry/lazy.js'
import { territories, territory } from '../../../src/core/registry/store.js'
import { classColors } from '../../../src/core/scales/class-colors.js'
import { classify } from '../../../src/core/scales/classify.js'
import { draw, rgb } from './canvas/helpers.js'
import { useBuiltAssets } from './fixtures.js'

const BRETAGNE = ['22', '29', '35', '56']
let epci: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  await loadTerritories('epci')
  const text = await (await fetch('/data/deps/population/population.csv')).text()
  const communes = await fromCSV({ text, level: 'commune', code: 'Code Insee', value: 'Population totale', vintage: 2018, aggregate: 'sum' }).load()
  // EPCI population: its member communes' summed, membership from the registry.
  const rows = communes.codes().flatMap((code) => {
    const e = territory('commune', code)?.epci
    return e ? [{ epci: e, population: communes.get(code).value }] : []
  })
  epci = await fromRecords(rows, { level: 'epci', code: 'epci', value: 'population', aggregate: 'sum', indicator: { id: 'population-epci', label: 'Population des EPCI', year: '2018' } }).load()
})
afterEach(cleanup)

/** EPCI of the 2018 communes of Bretagne (codes mapped to current ones), with the number of 2018 communes of each. */
async function expectedEpci(): Promise<Map<string, number>> {
  const members = new Map<string, number>()
  for (const dep of BRETAGNE) {
    const topology = await loadAsset<Topology>(`geo/communes/${dep}.topo.json`)
    for (const g of (topology.objects['communes'] as { geometries: { id?: string | number }[] }).geometries) {
      const current = currentCommuneCode(String(g.id))
      const e = current && territory('commune', current)?.epci
      if (e) members.set(e, (members.get(e) ?? 0) + 1)
    }
  }
  return members
}

describe('EPCI map of a region (real data)', () => {
  it('draws each EPCI of Bretagne once, merged from its communes, in its class colour', async () => {
    const expected = await expectedEpci()
    expect(expected.size).toBeGreaterThan(50)
    const { container } = await draw((onReady) => <ChoroplethMap table={epci} within="region:53" onReady={onReady} />)
    const paths = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
    expect(new Set(paths.map((p) => p.dataset.code))).toEqual(new Set(expected.keys()))
    const values = [...expected.keys()].map((c) => epci.get(c).value!)
    const classification = classify(values, { method: 'quantile', classes: 5 })
    const colors = classColors(classification)
    for (const p of paths) expect(getComputedStyle(p).fill, p.dataset.code).toBe(rgb(colors[classification.classOf(epci.get(p.dataset.code!).value!)]!))
    // Merged: inner borders dissolved, so an EPCI has far fewer rings than member communes (islands aside).
    const rings = (p: SVGPathElement) => p.getAttribute('d')!.split('M').length - 1
    const totalRings = paths.reduce((n, p) => n + rings(p), 0)
    const totalCommunes = [...expected.values()].reduce((a, b) => a + b, 0)
    expect(totalRings).toBeLessThan(totalCommunes / 3)
    const brest = paths.find((p) => p.dataset.code === '242900314')!
    expect(expected.get('242900314')).toBe(8)
    expect(rings(brest)).toBeLessThan(expected.get('242900314')! / 2)
  })

  it('names the EPCI from the registry and shows no unknown code', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={epci} within="region:53" showTable onReady={onReady} />)
    expect(container.querySelector('.atlas-map__unmatched')).toBeNull()
    expect(container.querySelector('.atlas-table')!.textContent).toContain('Brest Métropole')
    expect(territories('epci').filter((e) => e.region === '53').every((e) => container.querySelector(`path[data-code="${e.code}"]`))).toBe(true)
  })
})

import { cleanup } from '@testing-library/preact'
import type { Topology } from 'topojson-specification'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { fromCSV } from '../../../data-adapters/index.js'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { loadViewGeometry } from '../../../src/components/map/geometry.js'
import { loadAsset } from '../../../src/core/assets.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { currentCommuneCode } from '../../../src/core/registry/history.js'
import { loadTerritories } from '../../../src/core/registry/lazy.js'
import { classColors } from '../../../src/core/scales/class-colors.js'
import { classify } from '../../../src/core/scales/classify.js'
import { draw, interiorPoint, pixelAt, rgb } from './canvas/helpers.js'
import { useBuiltAssets } from './fixtures.js'

let population: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  await loadTerritories('commune')
  const text = await (await fetch('/data/deps/population/population.csv')).text()
  // Population of 2018 in the codes of its year: communes merged since are summed into the new one.
  population = await fromCSV({
    text,
    sourceName: 'population.csv',
    level: 'commune',
    code: 'Code Insee',
    value: 'Population totale',
    vintage: 2018,
    aggregate: 'sum',
    indicator: { id: 'population', label: 'Population totale', source: 'Insee', year: '2018' },
  }).load()
})
afterEach(cleanup)

/** Current codes the 2018 commune geometry of a file draws, read from the raw TopoJSON. */
async function drawnCodes(file: string): Promise<Set<string>> {
  const topology = await loadAsset<Topology>(file)
  const geometries = (topology.objects['communes'] as { geometries: { id?: string | number }[] }).geometries
  return new Set(geometries.map((g) => currentCommuneCode(String(g.id))).filter((c): c is string => c !== undefined))
}

const classesOf = (codes: Iterable<string>) => {
  const values = [...codes].map((c) => population.get(c).value).filter((v): v is number => v !== null)
  const classification = classify(values, { method: 'quantile', classes: 5 })
  return { classification, colors: classColors(classification) }
}

describe('commune maps (real data: Insee population 2018)', () => {
  it('translates the 2018 codes: every row joins a current commune', () => {
    expect(population.report.unknownCodes).toEqual([])
    expect(Object.keys(population.report.translated).length).toBeGreaterThan(50)
  })

  it('draws the communes of Finistère in SVG, each filled with its class colour', async () => {
    const expected = await drawnCodes('geo/communes/29.topo.json')
    const { container } = await draw((onReady) => <ChoroplethMap table={population} within="departement:29" onReady={onReady} />)
    const paths = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
    expect(new Set(paths.map((p) => p.dataset.code))).toEqual(expected)
    expect(paths.length).toBeGreaterThan(270)
    const { classification, colors } = classesOf(expected)
    for (const p of paths) expect(getComputedStyle(p).fill, p.dataset.code).toBe(rgb(colors[classification.classOf(population.get(p.dataset.code!).value)]!))
    expect(container.querySelector('.atlas-map__subtitle')!.textContent).toContain('Communes')
  })

  it('lists the communes of Bretagne in a virtualised data table: at most ~100 rows in the DOM to the last one, sorted from its headers', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={population} within="region:53" showTable onReady={onReady} />)
    await expect.poll(() => container.querySelector('.atlas-table')).not.toBeNull()
    const wrap = container.querySelector<HTMLElement>('.atlas-table-wrap')!
    const trs = () => container.querySelectorAll('.atlas-table tr').length
    const dataRows = () => [...container.querySelectorAll<HTMLElement>('.atlas-table tbody tr[data-index]')]
    // Every commune drawn is a row, most of them not in the DOM.
    const count = Number(container.querySelector('.atlas-table')!.getAttribute('aria-rowcount')) - 1
    expect(count).toBeGreaterThan(1000)
    expect(wrap.getAttribute('role')).toBe('region')
    expect(document.getElementById(wrap.getAttribute('aria-labelledby')!)!.tagName).toBe('CAPTION')
    expect(trs()).toBeLessThanOrEqual(100)
    wrap.scrollTop = wrap.scrollHeight
    wrap.dispatchEvent(new Event('scroll'))
    await expect.poll(() => dataRows().at(-1)?.dataset.index).toBe(String(count - 1))
    expect(trs()).toBeLessThanOrEqual(100)
    // The largest population first: Rennes, then Brest (the sort keeps the scroll position: back to the top).
    const valueButton = container.querySelector<HTMLElement>('.atlas-table thead th:nth-child(3) button')!
    await userEvent.click(valueButton)
    await expect.poll(() => valueButton.parentElement!.getAttribute('aria-sort')).toBe('descending')
    wrap.scrollTop = 0
    wrap.dispatchEvent(new Event('scroll'))
    await expect.poll(() => dataRows()[0]?.dataset.index).toBe('0')
    await expect.poll(() => dataRows()[0]?.querySelector('th')!.textContent).toBe('Rennes')
    expect(dataRows()[1]!.querySelector('th')!.textContent).toBe('Brest')
    expect(dataRows()[0]!.children[1]!.textContent).toBe('35238')
    expect(dataRows()[0]!.children[3]!.textContent).toMatch(/^1/)
    expect(trs()).toBeLessThanOrEqual(100)
    // Keyboard: the first row takes focus, End goes to the last commune, still ≤ ~100 rows.
    dataRows()[0]!.focus()
    await userEvent.keyboard('{End}')
    await expect.poll(() => (document.activeElement as HTMLElement).dataset.index).toBe(String(count - 1))
    expect(trs()).toBeLessThanOrEqual(100)
  })

  it('draws the 35,000 communes of France on a canvas, in class colours, and counts the codes the 2018 geometry lacks', { timeout: 240_000 }, async () => {
    const expected = await drawnCodes('geo/communes.topo.json')
    const unmatched = population.codes().filter((c) => !expected.has(c))
    const { container } = await draw((onReady) => <ChoroplethMap table={population} onReady={onReady} />)
    expect(container.querySelector('.atlas-map__shapes')).toBeNull()
    const base = container.querySelector('canvas')!
    expect(base).not.toBeNull()
    const note = container.querySelector('.atlas-map__unmatched')
    expect(unmatched.length).toBeGreaterThan(0)
    expect(note!.querySelector('summary')!.textContent).toBe(`${unmatched.length} commune${unmatched.length === 1 ? '' : 's'} sans contour en 2018`)
    expect(note!.lastChild!.textContent).toBe(unmatched.join(', '))

    const geometry = await loadViewGeometry({ level: 'commune', within: null }, 600, 500)
    expect(new Set(geometry.shapes.map((s) => s.code))).toEqual(expected)
    const { classification, colors } = classesOf(expected)
    // The largest communes (Guyane's, Arles, Chamonix…) are several pixels wide: their interior is one colour.
    const large = [...geometry.shapes].sort((a, b) => (b.bounds[1][0] - b.bounds[0][0]) * (b.bounds[1][1] - b.bounds[0][1]) - (a.bounds[1][0] - a.bounds[0][0]) * (a.bounds[1][1] - a.bounds[0][1])).slice(0, 60)
    let checked = 0
    for (const s of large) {
      const p = interiorPoint(s.d)
      if (p.clearance < 3) continue
      expect(pixelAt(base, 600, p.x, p.y), s.code).toEqual({ rgb: rgb(colors[classification.classOf(population.get(s.code).value)]!), alpha: 255 })
      checked++
    }
    expect(checked).toBeGreaterThan(10)
  })
})

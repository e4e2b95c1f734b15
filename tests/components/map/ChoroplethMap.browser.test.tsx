import { render, cleanup } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { classify } from '../../../src/core/scales/classify.js'
import { classColors } from '../../../src/core/scales/class-colors.js'
import { territories } from '../../../src/core/registry/store.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { culturalShare, useBuiltAssets, withMissing } from './fixtures.js'

let table: IndicatorTable

beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(cleanup)

/** Renders and resolves once the map reports it has drawn. */
async function draw(ui: (onReady: () => void) => preact.JSX.Element) {
  let ready!: () => void
  const drawn = new Promise<void>((r) => (ready = r))
  const result = render(ui(ready))
  await drawn
  return result
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('ChoroplethMap (Chromium)', () => {
  it('fills every one of the 101 départements with the colour of its class, Paris and the DROM included', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    const paths = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
    expect(paths).toHaveLength(101)
    const codes = paths.map((p) => p.dataset.code)
    expect(codes).toEqual(expect.arrayContaining(['75', '971', '972', '973', '974', '976', '2A', '2B']))
    // Classes computed independently from the same values and options.
    const values = territories('departement').map((d) => table.get(d.code).value!)
    const classification = classify(values, { method: 'quantile', classes: 5 })
    const colors = classColors(classification)
    for (const p of paths) {
      const value = table.get(p.dataset.code!).value!
      expect(getComputedStyle(p).fill, p.dataset.code).toBe(rgb(colors[classification.classOf(value)]!))
    }
    // Not one colour everywhere: every class is used.
    expect(new Set(paths.map((p) => getComputedStyle(p).fill)).size).toBe(5)
  })

  it('gives each missing status its own pattern, never a class colour', async () => {
    const holes = withMissing(table, { '29': 'secret', '75': 'secret', '976': 'not-available', '48': 'not-applicable' })
    const { container } = await draw((onReady) => <ChoroplethMap table={holes} onReady={onReady} />)
    const fill = (code: string) => getComputedStyle(container.querySelector(`path[data-code="${code}"]`)!).fill
    expect(fill('29')).toMatch(/^url\("?#.*missing-secret"?\)$/)
    expect(fill('75')).toBe(fill('29'))
    expect(fill('976')).toMatch(/missing-not-available/)
    expect(fill('48')).toMatch(/missing-not-applicable/)
    for (const id of ['missing-secret', 'missing-not-available', 'missing-not-applicable']) expect(container.querySelector(`pattern[id$="${id}"]`)).not.toBeNull()
    const legend = container.querySelector('.atlas-map__legend')!.textContent!
    expect(legend).toContain('Secret statistique (2)')
    expect(legend).toContain('Donnée non disponible (1)')
  })
})

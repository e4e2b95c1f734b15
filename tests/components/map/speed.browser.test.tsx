// Issue #10 (map speed), as behaviour: what the map does between its data and its first paint, and what
// a hover renders. No timing here (2 shared cores): counts of renders, timers and collators.
import { cleanup } from '@testing-library/preact'
import { options, render, type VNode } from 'preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { defaults } from '../../../src/components/map/defaults.js'
import { loadViewGeometry } from '../../../src/components/map/geometry.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { territories } from '../../../src/core/registry/store.js'
import { pointAt } from './canvas/helpers.js'
import { culturalShare, draw, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(cleanup)

/** Counts the renders of the map component itself (Preact's public `diffed` hook) while `run` runs. */
async function mapRenders(run: () => Promise<void>): Promise<number> {
  let count = 0
  const before = options.diffed
  options.diffed = (vnode: VNode) => {
    if (vnode.type === ChoroplethMap) count++
    before?.(vnode)
  }
  try {
    await run()
  } finally {
    options.diffed = before
  }
  return count
}

describe('ChoroplethMap, what its first paint waits for (issue #10)', () => {
  // First in the file: the language's collator is made once per page (core/locale.ts).
  it('constructs no collator and compares no names to draw the map: the region list comes in French order without one', async () => {
    const Real = Intl.Collator
    const compare = Object.getOwnPropertyDescriptor(Real.prototype, 'compare')!
    let made = 0
    let compared = 0
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
      made++
      return new Real(...args)
    } as unknown as typeof Intl.Collator
    Counting.prototype = Real.prototype
    Object.defineProperty(Real.prototype, 'compare', { ...compare, get(this: Intl.Collator) { compared++; return compare.get!.call(this) } })
    Intl.Collator = Counting
    let container: Element
    try {
      ;({ container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />))
    } finally {
      Intl.Collator = Real
      Object.defineProperty(Real.prototype, 'compare', compare)
    }
    expect(container.querySelectorAll('.atlas-map__shapes path')).toHaveLength(101)
    expect({ made, compared }).toEqual({ made: 0, compared: 0 })
    // The choice of area lists the 18 regions as a French collator orders them.
    const collator = new Intl.Collator('fr-FR', { sensitivity: 'base' })
    const listed = [...container.querySelectorAll('.atlas-map__choose option')].slice(1).map((o) => o.textContent!)
    expect(listed).toEqual(territories('region').map((r) => r.name).sort(collator.compare))
    expect(listed).toHaveLength(18)
    expect(listed.indexOf('Île-de-France')).toBe(listed.indexOf('Hauts-de-France') + 1)
  })

  it('draws a view whose geometry is already loaded after the paint of its first render, not in the task that renders it', async () => {
    // As the element does: the geometry loaded with the data, before the map renders.
    await loadViewGeometry({ level: 'departement', within: null }, defaults.width, defaults.height)
    const host = document.body.appendChild(document.createElement('div'))
    const drawn = () => host.querySelector('figure')?.dataset.state === 'ready'
    render(<ChoroplethMap table={table} />, host)
    // Not in this task (issue #10: its render and the shapes were one task over 50 ms under load)…
    for (let i = 0; i < 200 && !drawn(); i++) await Promise.resolve()
    expect(drawn()).toBe(false)
    // …but in Preact's passive effects, after the next frame: before a timer queued in that frame fires.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
    expect(drawn()).toBe(true)
    expect(host.querySelectorAll('.atlas-map__shapes path')).toHaveLength(101)
    expect(host.querySelector('.atlas-map__legend')).not.toBeNull()
    render(null, host)
    host.remove()
  })
})

describe('ChoroplethMap, a hover renders only what shows it (issue #10)', () => {
  it('SVG: the outline and the tooltip follow the pointer, the map does not render again', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    const renders = await mapRenders(async () => {
      for (const code of ['36', '29', '2A']) {
        await userEvent.hover(container.querySelector(`.atlas-map__shapes path[data-code="${code}"]`)!)
        await expect.poll(() => container.querySelector<SVGPathElement>('.atlas-map__hover')?.dataset.hovered).toBe(code)
        const name = territories('departement').find((d) => d.code === code)!.name
        await expect.poll(() => container.querySelector('[role="tooltip"] .atlas-map__tooltip-name')?.textContent).toBe(name)
      }
      await userEvent.unhover(container.querySelector('.atlas-map__shapes path[data-code="2A"]')!)
      await userEvent.hover(container.querySelector('.atlas-map__title')!)
      await expect.poll(() => container.querySelector('[role="tooltip"]')).toBeNull()
      await expect.poll(() => container.querySelector('.atlas-map__hover')).toBeNull()
    })
    expect(renders).toBe(0)
  })

  it('canvas: the overlay outline and the tooltip follow the pointer, the map does not render again', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />)
    const [base, overlay] = [...container.querySelectorAll('canvas')]
    const geometry = await loadViewGeometry({ level: 'departement', within: null }, defaults.width, defaults.height)
    const renders = await mapRenders(async () => {
      for (const code of ['36', '29']) {
        const [[x0, y0], [x1, y1]] = geometry.shapes.find((s) => s.code === code)!.bounds
        // Inside the shape: the pick index's answer at its centre of bounds, tried until it is this code.
        const [x, y] = [(x0 + x1) / 2, (y0 + y1) / 2]
        pointAt(base!, defaults.width, 'pointermove', x, y)
        await expect.poll(() => overlay!.dataset.hovered).toBe(code)
        const name = territories('departement').find((d) => d.code === code)!.name
        await expect.poll(() => container.querySelector('[role="tooltip"] .atlas-map__tooltip-name')?.textContent).toBe(name)
      }
    })
    expect(renders).toBe(0)
  })

  it('follows what another widget of the group points at without rendering the map again', async () => {
    const store = createSelectionStore()
    const { container } = await draw((onReady) => <ChoroplethMap table={table} store={store} onReady={onReady} />)
    const renders = await mapRenders(async () => {
      store.hovered.value = '13'
      await expect.poll(() => container.querySelector<SVGPathElement>('.atlas-map__hover')?.dataset.hovered).toBe('13')
      store.hovered.value = null
      await expect.poll(() => container.querySelector('.atlas-map__hover')).toBeNull()
    })
    expect(renders).toBe(0)
  })
})

import { cleanup } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { culturalShare, draw, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(async () => {
  cleanup()
  await page.viewport(414, 896)
})

const tooltip = (c: Element) => c.querySelector<HTMLElement>('[role="tooltip"]')

/** Points at `path` and resolves once its outline and tooltip are drawn (one render for both). */
async function hovered(container: Element, path: SVGPathElement) {
  path.dispatchEvent(new PointerEvent('pointerenter'))
  await expect.poll(() => container.querySelector<SVGElement>('.atlas-map__hover')?.dataset.hovered).toBe(path.dataset.code)
  expect(tooltip(container)).not.toBeNull()
}

/** Area of the intersection of two boxes. */
function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

describe('the map tooltip (RGAA 10.13)', () => {
  it('opened by the pointer, closes with Escape pressed in a form field of the host page', async () => {
    const { container } = await draw((onReady) => (
      <>
        <label>
          Rechercher <input type="search" />
        </label>
        <ChoroplethMap table={table} onReady={onReady} />
      </>
    ))
    await userEvent.hover(container.querySelector('.atlas-map__shapes path[data-code="29"]')!)
    await expect.poll(() => tooltip(container)).not.toBeNull()
    container.querySelector('input')!.focus()
    await userEvent.keyboard('{Escape}')
    await expect.poll(() => tooltip(container)).toBeNull()
  })

  it.each([1280, 320])('at %i px never covers the territory it describes, for each of the 101 départements', async (width) => {
    await page.viewport(width, 800)
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    const covered: string[] = []
    for (const path of container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')) {
      await hovered(container, path)
      const area = overlap(tooltip(container)!.getBoundingClientRect(), path.getBoundingClientRect())
      if (area > 1) covered.push(`${path.dataset.code} (${Math.round(area)} px²)`)
    }
    expect(covered).toEqual([])
  }, 60_000)

  it('at 320 px covers no more than a third of the map, wherever the territory', async () => {
    await page.viewport(320, 800)
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    const map = container.querySelector('.atlas-map__svg')!.getBoundingClientRect()
    let worst = { code: '', share: 0 }
    for (const path of container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')) {
      await hovered(container, path)
      const share = overlap(tooltip(container)!.getBoundingClientRect(), map) / (map.width * map.height)
      if (share > worst.share) worst = { code: path.dataset.code!, share }
    }
    expect(worst.share, worst.code).toBeLessThanOrEqual(1 / 3)
  }, 60_000)
})

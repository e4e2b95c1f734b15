import { cleanup, within } from '@testing-library/preact'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore, type SelectionStore } from '../../../src/core/selection.js'
import { outlineMisses, pixels, pointsAlong } from '../../support/pixels.js'
import { culturalShare, draw, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
// No fading (dimming): both pictures of the same state.
beforeEach(() => {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, still]
})
afterEach(() => {
  cleanup()
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== still)
  document.documentElement.removeAttribute('style')
})

// The dark theme a host sets today (as in host-page.browser.test.tsx).
const DARK = { background: '#161616', color: '#f6f6f6', '--atlas-text': '#f6f6f6', '--atlas-text-muted': '#cecece', '--atlas-outline': '#929292' }
const THEMES = { light: {}, dark: DARK } as const

const still = new CSSStyleSheet()
still.replaceSync('* { transition: none !important }')
// Hides the outlines: the same picture without them, to tell the outline's pixels from what is under them.
const bare = new CSSStyleSheet()
bare.replaceSync('.atlas-map__overlay, .atlas-map__tooltip { visibility: hidden }')
const noTip = new CSSStyleSheet()
noTip.replaceSync('.atlas-map__tooltip { visibility: hidden }')

/**
 * Where the outlines of `selector` fail to stand out at 3:1 from what is next to them (pictures with
 * and without the overlay, the tooltip out of the way).
 */
async function misses(svg: Element, selector: string) {
  const points = pointsAlong([...svg.querySelectorAll<SVGGeometryElement>(selector)], svg)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, noTip]
  const after = await pixels(svg)
  // One picture pixel per CSS pixel: the points fall on the outline (a scaled iframe would blur both).
  expect(Math.abs(after.width - svg.getBoundingClientRect().width)).toBeLessThan(1)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => s !== noTip), bare]
  const before = await pixels(svg)
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== bare)
  return outlineMisses(before, after, points)
}

/** One territory of each class, the largest drawn (class colours from the computed fills). */
function onePerClass(container: Element): { fill: string; code: string }[] {
  const best = new Map<string, { code: string; area: number }>()
  for (const path of container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')) {
    const fill = getComputedStyle(path).fill
    const box = path.getBBox()
    if (box.width * box.height > (best.get(fill)?.area ?? 0)) best.set(fill, { code: path.dataset.code!, area: box.width * box.height })
  }
  return [...best].map(([fill, { code }]) => ({ fill, code }))
}

async function map(theme: keyof typeof THEMES, store: SelectionStore) {
  await page.viewport(1024, 700)
  for (const [k, v] of Object.entries(THEMES[theme])) document.documentElement.style.setProperty(k, v)
  const { container } = await draw((onReady) => <ChoroplethMap table={table} store={store} onReady={onReady} />)
  return { container, svg: container.querySelector('.atlas-map__svg')! }
}

// Each outline must stand out at 3:1 from the territory's fill and the neighbours' for every class
// (WCAG 1.4.11, RGAA 3.3), all along: a few points may miss where borders meet (antialiasing).
const TOLERATED = 0.05

describe.each(Object.keys(THEMES) as (keyof typeof THEMES)[] as (keyof typeof THEMES)[])('outlines against every class, measured on rendered pixels (%s theme)', (theme) => {
  it('the selection outline of a territory of each of the 5 classes', async () => {
    const store = createSelectionStore()
    const { container, svg } = await map(theme, store)
    const picks = onePerClass(container)
    expect(picks).toHaveLength(5)
    for (const { code } of picks) {
      store.selected.value = code
      await expect.poll(() => container.querySelector<SVGElement>('.atlas-map__selected')?.dataset.selected).toBe(code)
      const m = await misses(svg, '.atlas-map__selected')
      expect(m.share, `${code}: ${m.colour} missed at ${m.share} of ${m.points} points`).toBeLessThanOrEqual(TOLERATED)
    }
  }, 60_000)

  it('the outline of the territory under the pointer, for each class', async () => {
    const { container, svg } = await map(theme, createSelectionStore())
    for (const { code } of onePerClass(container)) {
      container.querySelector(`.atlas-map__shapes path[data-code="${code}"]`)!.dispatchEvent(new PointerEvent('pointerenter'))
      await expect.poll(() => container.querySelector<SVGElement>('.atlas-map__hover')?.dataset.hovered).toBe(code)
      const m = await misses(svg, '.atlas-map__hover')
      expect(m.share, `${code}: ${m.colour} missed at ${m.share} of ${m.points} points`).toBeLessThanOrEqual(TOLERATED)
    }
  }, 60_000)

  it('the outlines of a class lit from the legend, for each class', async () => {
    const { container, svg } = await map(theme, createSelectionStore())
    const entries = within(container.querySelector<HTMLElement>('.atlas-map__legend')!).getAllByRole('button').slice(0, 5)
    for (const entry of entries) {
      const count = Number(/(\d+) départements?$/.exec(entry.getAttribute('aria-label')!)![1])
      entry.focus()
      await expect.poll(() => container.querySelectorAll('.atlas-map__highlight').length).toBe(count)
      const m = await misses(svg, '.atlas-map__highlight')
      expect(m.share, `${entry.getAttribute('aria-label')}: ${m.colour} missed at ${m.share} of ${m.points} points`).toBeLessThanOrEqual(TOLERATED)
      entry.blur()
      await expect.poll(() => container.querySelectorAll('.atlas-map__highlight').length).toBe(0)
    }
  }, 60_000)
})

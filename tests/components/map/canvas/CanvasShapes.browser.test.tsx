import { cleanup } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { createPickIndex } from '../../../../src/components/map/canvas/pick-index.js'
import { ChoroplethMap } from '../../../../src/components/map/ChoroplethMap.js'
import { loadViewGeometry } from '../../../../src/components/map/geometry.js'
import type { IndicatorTable } from '../../../../src/core/indicator-table.js'
import { territories } from '../../../../src/core/registry/store.js'
import { classColors } from '../../../../src/core/scales/class-colors.js'
import { classify } from '../../../../src/core/scales/classify.js'
import { culturalShare, useBuiltAssets, withMissing } from '../fixtures.js'
import { communeTable } from './communes-table.js'
import { browserContains, draw, interiorPoint, pixelAt, pointAt, rgb, sharedBorder } from './helpers.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(() => {
  cleanup()
  delete (window as { devicePixelRatio?: number }).devicePixelRatio
})

const canvases = (c: Element) => [...c.querySelectorAll('canvas')]

/** The départements map drawn by the SVG renderer: each code's path data and computed fill. */
async function svgMap(t: IndicatorTable) {
  const { container } = await draw((onReady) => <ChoroplethMap table={t} renderer="svg" onReady={onReady} />)
  const paths = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
  const result = new Map(paths.map((p) => [p.dataset.code!, { d: p.getAttribute('d')!, fill: getComputedStyle(p).fill }]))
  cleanup()
  return result
}

describe('CanvasShapes (Chromium)', () => {
  it('by default, draws a base and an overlay canvas hidden from assistive technologies, sized to the displayed width', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />)
    expect(container.querySelector('svg.atlas-map__svg')).toBeNull()
    const [base, overlay] = canvases(container)
    expect(base!.getAttribute('aria-hidden')).toBe('true')
    expect(overlay!.getAttribute('aria-hidden')).toBe('true')
    expect(base!.width).toBe(Math.round(base!.clientWidth * window.devicePixelRatio))
    expect(overlay!.width).toBe(base!.width)
  })

  it('draws at device resolution on a high-DPI screen, its CSS size unchanged', async () => {
    const { container: plain } = await draw((onReady) => <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />)
    const cssWidth = canvases(plain)[0]!.getBoundingClientRect().width
    const oneX = canvases(plain)[0]!.width
    cleanup()
    Object.defineProperty(window, 'devicePixelRatio', { value: 2, configurable: true })
    const { container } = await draw((onReady) => <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />)
    const base = canvases(container)[0]!
    expect(base.getBoundingClientRect().width).toBe(cssWidth)
    expect(base.width).toBe(Math.round(cssWidth * 2))
    expect(base.width).toBe(oneX * 2)
  })

  it('fills every département with the very colour the SVG renderer gives it, the class colour', async () => {
    const svg = await svgMap(table)
    const values = territories('departement').map((d) => table.get(d.code).value!)
    const classification = classify(values, { method: 'quantile', classes: 5 })
    const colors = classColors(classification)
    const { container } = await draw((onReady) => <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />)
    const base = canvases(container)[0]!
    let checked = 0
    for (const [code, { d, fill }] of svg) {
      const p = interiorPoint(d)
      // Paris and the petite couronne are a few pixels wide at this scale: their pixels blend with the white borders.
      if (p.clearance < 3) continue
      const px = pixelAt(base, 600, p.x, p.y)
      expect(px, code).toEqual({ rgb: fill, alpha: 255 })
      expect(px.rgb, code).toBe(rgb(colors[classification.classOf(table.get(code).value!)]!))
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(95)
  })

  it('takes the class colours from the page’s CSS custom properties, like the SVG', async () => {
    const values = territories('departement').map((d) => table.get(d.code).value!)
    const classification = classify(values, { method: 'quantile', classes: 5 })
    const lowest = new Set(territories('departement').filter((d) => classification.classOf(table.get(d.code).value!) === 0).map((d) => d.code))
    const red = { '--atlas-class-1': 'rgb(255, 0, 0)' }
    const { container: svg } = await draw((onReady) => (
      <div style={red}>
        <ChoroplethMap table={table} renderer="svg" onReady={onReady} />
      </div>
    ))
    const paths = [...svg.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
    expect(new Set(paths.filter((p) => getComputedStyle(p).fill === 'rgb(255, 0, 0)').map((p) => p.dataset.code))).toEqual(lowest)
    const shapes = paths.map((p) => ({ code: p.dataset.code!, point: interiorPoint(p.getAttribute('d')!) })).filter((s) => s.point.clearance >= 3)
    cleanup()
    const { container } = await draw((onReady) => (
      <div style={red}>
        <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />
      </div>
    ))
    const base = canvases(container)[0]!
    const reds = shapes.filter(({ point }) => pixelAt(base, 600, point.x, point.y).rgb === 'rgb(255, 0, 0)').map((s) => s.code)
    expect(new Set(reds)).toEqual(new Set(shapes.filter((s) => lowest.has(s.code)).map((s) => s.code)))
  })

  it('draws missing values with the SVG’s patterns: ink and background, never a class colour', async () => {
    const holes = withMissing(table, { '29': 'secret', '48': 'not-applicable' })
    const svg = await svgMap(holes)
    const classFills = new Set([...svg.values()].map((p) => p.fill).filter((f) => f.startsWith('rgb')))
    const { container } = await draw((onReady) => <ChoroplethMap table={holes} renderer="canvas" onReady={onReady} />)
    const base = canvases(container)[0]!
    for (const code of ['29', '48']) {
      const { x, y } = interiorPoint(svg.get(code)!.d)
      const seen = new Set<string>()
      for (let dx = -3; dx <= 3; dx += 0.5) for (let dy = -3; dy <= 3; dy += 0.5) seen.add(pixelAt(base, 600, x + dx, y + dy).rgb)
      expect(seen.has('rgb(255, 255, 255)'), code).toBe(true)
      // The ink, #3a3a3a, antialiased: dark greys.
      expect([...seen].some((c) => c.match(/\d+/g)!.every((v) => Number(v) < 128)), code).toBe(true)
      for (const c of seen) expect(classFills.has(c), `${code} ${c}`).toBe(false)
    }
  })

  it('hovers and selects by exact picking: a quarter pixel each side of a border between two communes of Finistère', async () => {
    const geometry = await loadViewGeometry({ level: 'commune', within: { level: 'departement', code: '29' } }, 600, 500)
    const d = new Map(geometry.shapes.map((s) => [s.code, s.d]))
    let pair: { a: string; b: string; border: NonNullable<ReturnType<typeof sharedBorder>> } | undefined
    for (const [a, list] of geometry.neighbours) {
      for (const b of list) {
        const border = sharedBorder(d.get(a)!, d.get(b)!)
        if (border && border.length > 2 && (!pair || border.length > pair.border.length)) pair = { a, b, border }
      }
      if (pair) break
    }
    expect(pair).toBeDefined()
    const { a, b, border } = pair!
    const commune = await communeTable(geometry.shapes.map((s) => s.code))
    const { container } = await draw((onReady) => <ChoroplethMap table={commune} within="departement:29" renderer="canvas" onReady={onReady} />)
    const [base, overlay] = canvases(container)
    const quarter = (0.25 * 600) / base!.getBoundingClientRect().width
    const side = (s: 1 | -1) => ({ x: border.x + s * quarter * border.nx, y: border.y + s * quarter * border.ny })
    // Which side is whose, by the browser's own geometry.
    const [aSide, bSide] = browserContains(d.get(a)!, side(1).x, side(1).y) ? [side(1), side(-1)] : [side(-1), side(1)]
    expect(browserContains(d.get(a)!, aSide.x, aSide.y)).toBe(true)
    expect(browserContains(d.get(b)!, bSide.x, bSide.y)).toBe(true)
    const index = createPickIndex(geometry.shapes, 600, 500)
    expect(index.pick(aSide.x, aSide.y)).toBe(a)
    expect(index.pick(bSide.x, bSide.y)).toBe(b)

    pointAt(base!, 600, 'pointermove', aSide.x, aSide.y)
    await expect.poll(() => overlay!.dataset.hovered).toBe(a)
    expect(container.querySelector('[role="tooltip"]')!.textContent).toContain(geometry.shapes.find((s) => s.code === a)!.name)
    pointAt(base!, 600, 'pointermove', bSide.x, bSide.y)
    await expect.poll(() => overlay!.dataset.hovered).toBe(b)
    // Chromium rounds the coordinates of a synthetic click (not of pointer events): click well inside.
    const inB = interiorPoint(d.get(b)!)
    pointAt(base!, 600, 'click', inB.x, inB.y)
    await expect.poll(() => overlay!.dataset.selected).toBe(b)
    // The hover outline is drawn on the overlay, on the border itself.
    expect(pixelAt(overlay!, 600, border.x, border.y).alpha).toBeGreaterThan(0)
  })

  it('keeps the one-tab-stop keyboard model: focus ring drawn on the overlay, announced, no axe violation', async () => {
    const svg = await svgMap(table)
    const { container } = await draw((onReady) => (
      <>
        <button type="button">avant</button>
        <ChoroplethMap table={table} renderer="canvas" onReady={onReady} />
      </>
    ))
    const overlay = canvases(container)[1]!
    const app = container.querySelector<HTMLElement>('[role="application"]')!
    const opaque = () => {
      const data = overlay.getContext('2d')!.getImageData(0, 0, overlay.width, overlay.height).data
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++
      return n
    }
    expect(opaque()).toBe(0)
    app.focus()
    await userEvent.keyboard('Fin')
    await expect.poll(() => overlay.dataset.focused).toBe('29')
    expect(opaque()).toBeGreaterThan(0)
    const { x, y } = interiorPoint(svg.get('29')!.d)
    expect(pixelAt(overlay, 600, x, y).alpha).toBe(0)
    expect(container.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Finistère\u00a0: /)
    // With the tooltip closed: its text inside the application would not be the application's name.
    await userEvent.keyboard('{Escape}')
    // The part the renderer changes; the legend is checked by its own tests.
    const result = await axe.run(app, { resultTypes: ['violations'] })
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})

import { cleanup, within } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { cdp, page, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import { classify } from '../../../src/core/scales/classify.js'
import { classColors } from '../../../src/core/scales/class-colors.js'
import { contrastRatio } from '../../../src/core/scales/contrast.js'
import { territories } from '../../../src/core/registry/store.js'
import { IndicatorTable } from '../../../src/core/indicator-table.js'
import { culturalShare, draw, useBuiltAssets, withMissing } from './fixtures.js'

let table: IndicatorTable

beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(cleanup)


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

  it('shows how many codes of the source are unknown, and their list on demand (#8 item 8)', async () => {
    expect(table.report.unknownCodes).toEqual([])
    const { container: none } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    expect(none.querySelector('.atlas-map__unmatched')).toBeNull()
    cleanup()
    const report = { ...table.report, unknownCodes: ['98', '2C'] }
    const unknown = new IndicatorTable({ level: table.level, indicator: table.indicator, cells: new Map(table.entries()), report })
    const { container } = await draw((onReady) => <ChoroplethMap table={unknown} onReady={onReady} />)
    const note = container.querySelector<HTMLDetailsElement>('details.atlas-map__unmatched')!
    expect(note.querySelector('summary')!.textContent).toBe('2 codes inconnus')
    await userEvent.click(note.querySelector('summary')!)
    expect(note.open).toBe(true)
    expect(note.textContent).toBe('2 codes inconnus98, 2C')
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
    // The legend names each status with its count (text, not only the swatch).
    const legend = within(container.querySelector<HTMLElement>('.atlas-map__legend')!)
    expect(legend.getByRole('button', { name: 'Secret statistique\u00a0: 2 départements' })).toBeTruthy()
    expect(legend.getByRole('button', { name: 'Donnée non disponible\u00a0: 1 département' })).toBeTruthy()
    expect(legend.getByRole('button', { name: 'Sans objet\u00a0: 1 département' })).toBeTruthy()
  })

  it('outlines the mapped territory and every missing-value shape in a 3:1 grey, and names the insets', async () => {
    // Wide enough for the names to be written in the frames (narrower, they go under the map: see below).
    await page.viewport(1024, 800)
    const holes = withMissing(table, { '29': 'secret', '976': 'not-applicable' })
    const { container } = await draw((onReady) => <ChoroplethMap table={holes} onReady={onReady} />)
    // A grey stroke under the fills along each shape's arcs on the coast or a border: only its outer half
    // shows. One path per shape (a path over them all was stroked again for every raster tile), open runs
    // of its own points, not filled; a shape with no part on the coast or a border has none (the whole
    // rings stroked were most of the map's raster time, for nothing).
    const outline = container.querySelector<SVGGElement>('.atlas-map__outline')!
    const rings = [...outline.querySelectorAll<SVGPathElement>('path')]
    const shapes = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
    const points = (p: SVGPathElement) => p.getAttribute('d')!.match(/-?[\d.]+,-?[\d.]+/g)!
    // Each run's points are all of one shape's (its neighbours share only the ends of its arcs).
    const stroked = rings.map((ring) => shapes.filter((p) => ((own) => points(ring).every((q) => own.has(q)))(new Set(points(p))))).map((of) => of.map((p) => p.dataset.code))
    for (const of of stroked) expect(of).toHaveLength(1)
    for (const ring of rings) expect([getComputedStyle(ring).stroke, getComputedStyle(ring).fill, ring.getAttribute('d')!.includes('Z')]).toEqual(['rgb(102, 102, 102)', 'none', false])
    expect(stroked).toHaveLength(49)
    expect(stroked.flat()).toEqual(expect.arrayContaining(['29', '2A', '971', '976']))
    expect(stroked.flat()).not.toContain('18')
    expect(contrastRatio('#666666', '#ffffff')).toBeGreaterThanOrEqual(3)
    expect(outline.compareDocumentPosition(container.querySelector('.atlas-map__shapes')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // Finistère (hatched) and Mayotte (lines) outlined above the fills.
    const missing = [...container.querySelectorAll<SVGPathElement>('.atlas-map__missing path')]
    expect(missing.map((p) => p.dataset.missing)).toEqual(['29', '976'])
    for (const p of missing) expect(getComputedStyle(p).stroke).toBe('rgb(102, 102, 102)')
    // Insets: frames in the outline grey, names readable (4.5:1) in their top-left corner.
    for (const f of container.querySelectorAll('.atlas-map__frames path')) expect(getComputedStyle(f).stroke).toBe('rgb(102, 102, 102)')
    const labels = [...container.querySelectorAll<SVGTextElement>('.atlas-map__inset-label')]
    expect(labels.map((l) => l.textContent)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'])
    expect(getComputedStyle(labels[0]!).fill).toBe('rgb(58, 58, 58)')
    expect(contrastRatio('#3a3a3a', '#ffffff')).toBeGreaterThanOrEqual(4.5)
    const frame = (container.querySelectorAll<SVGPathElement>('.atlas-map__frames path')[4]!).getBBox()
    const label = labels[4]!.getBBox()
    expect(label.x).toBeGreaterThan(frame.x)
    expect(label.y).toBeGreaterThan(frame.y)
    expect(label.x + label.width).toBeLessThan(frame.x + frame.width)
    expect(label.y + label.height).toBeLessThan(frame.y + frame.height / 3)
    await page.viewport(414, 896)
  })

  it('highlights the territories of the legend entry pointed at or focused: others dimmed, these outlined', async () => {
    const holes = withMissing(table, { '29': 'secret', '75': 'secret' })
    const { container } = await draw((onReady) => <ChoroplethMap table={holes} onReady={onReady} />)
    const legend = within(container.querySelector<HTMLElement>('.atlas-map__legend')!)
    const highlighted = () => [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path.is-highlighted')].map((p) => p.dataset.code!).sort()
    const first = legend.getAllByRole('button')[0]!
    const count = Number(/(\d+) départements?$/.exec(first.getAttribute('aria-label')!)![1])
    await userEvent.hover(first)
    await expect.poll(() => highlighted().length).toBe(count)
    // Every territory lit is of the lowest class; the rest dimmed; each lit one outlined, not only coloured.
    const lowest = getComputedStyle(container.querySelector(`path[data-code="${highlighted()[0]}"]`)!).fill
    for (const code of highlighted()) expect(getComputedStyle(container.querySelector(`path[data-code="${code}"]`)!).fill).toBe(lowest)
    expect(container.querySelectorAll('.atlas-map__shapes path.is-dimmed')).toHaveLength(101 - count)
    expect(container.querySelectorAll('.atlas-map__highlight')).toHaveLength(count)
    // Through the dimmed fills every border shows the outline's grey, inner départements' (Cher) too.
    const strokedOutlines = () => [...container.querySelectorAll<SVGPathElement>('.atlas-map__outline path')].filter((p) => getComputedStyle(p).stroke !== 'none').length
    expect(strokedOutlines()).toBe(101)
    await userEvent.unhover(first)
    await expect.poll(() => container.querySelectorAll('.atlas-map__shapes path.is-dimmed').length).toBe(0)
    // Undimmed, only the 49 départements on a coast or a border keep a grey outline, and only along those
    // arcs: open runs, not filled, fewer points than their whole rings.
    const outlines = [...container.querySelectorAll<SVGPathElement>('.atlas-map__outline path')]
    expect(strokedOutlines()).toBe(49)
    expect(outlines).toHaveLength(49)
    for (const p of outlines) expect([getComputedStyle(p).fill, p.getAttribute('d')!.includes('Z')]).toEqual(['none', false])
    const points = (d: string) => d.split(/[ML]/).length
    const whole = [...container.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')].reduce((n, p) => n + points(p.getAttribute('d')!), 0)
    expect(outlines.reduce((n, p) => n + points(p.getAttribute('d')!), 0)).toBeLessThan(whole / 3)
    // Keyboard: focusing the secret entry lights the two secret départements.
    legend.getByRole('button', { name: /^Secret statistique/ }).focus()
    await expect.poll(highlighted).toEqual(['29', '75'])
  })

  it('outlines the territory under the pointer, and only while it is there', async () => {
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    expect(container.querySelector('.atlas-map__hover')).toBeNull()
    await userEvent.hover(container.querySelector('path[data-code="36"]')!)
    await expect.poll(() => container.querySelector<SVGPathElement>('.atlas-map__hover')?.dataset.hovered).toBe('36')
    expect(getComputedStyle(container.querySelector('.atlas-map__hover')!).stroke).toBe('rgb(22, 22, 22)')
    await userEvent.unhover(container.querySelector('path[data-code="36"]')!)
    await expect.poll(() => container.querySelector('.atlas-map__hover')).toBeNull()
  })

  it('uses system colours for its strokes in forced-colors mode', async () => {
    const session = cdp()
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] })
    try {
      const { container } = await draw((onReady) => <ChoroplethMap table={withMissing(table, { '29': 'secret' })} onReady={onReady} />)
      expect(matchMedia('(forced-colors: active)').matches).toBe(true)
      const probe = document.body.appendChild(document.createElement('span'))
      probe.style.color = 'CanvasText'
      const canvasText = getComputedStyle(probe).color
      probe.remove()
      for (const selector of ['.atlas-map__outline path', '.atlas-map__missing path', '.atlas-map__frames path', '.atlas-map__shapes path']) {
        expect(getComputedStyle(container.querySelector(selector)!).stroke, selector).toBe(canvasText)
      }
      expect(getComputedStyle(container.querySelector('.atlas-map__inset-label')!).fill).toBe(canvasText)
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] })
    }
  })
})

describe('ChoroplethMap at 320 px (Chromium)', () => {
  afterEach(() => page.viewport(414, 896))

  it('reflows without horizontal scrolling, the legend below the map', async () => {
    await page.viewport(320, 800)
    const { container } = await draw((onReady) => <ChoroplethMap table={withMissing(table, { '29': 'secret' })} histogram showTable onReady={onReady} />)
    expect(document.documentElement.clientWidth).toBe(320)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    const map = container.querySelector('.atlas-map__svg')!.getBoundingClientRect()
    const legend = container.querySelector('.atlas-map__legend')!.getBoundingClientRect()
    expect(legend.top).toBeGreaterThanOrEqual(map.bottom)
  })

  it.each([
    [320, ''],
    [1280, ''],
    // A wide window, the map in a narrow column: the drawing's width decides, not the window's.
    [1280, '480px'],
  ])('names every overseas inset in visible text of 10 px or more at %i px (column %s)', async (width, column) => {
    await page.viewport(width, 800)
    document.body.style.width = column
    onTestFinished(() => void (document.body.style.width = ''))
    const { container } = await draw((onReady) => <ChoroplethMap table={table} onReady={onReady} />)
    // Size on screen: the computed font size times the drawing's scale inside the SVG, as is outside.
    const onScreen = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * (el instanceof SVGGraphicsElement ? el.getScreenCTM()!.a : 1)
    const shown = [...container.querySelectorAll('.atlas-map__inset-label, .atlas-map__insets')].filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1)
    for (const name of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) {
      const sizes = shown.filter((el) => el.textContent!.includes(name)).map(onScreen)
      expect(Math.max(0, ...sizes), name).toBeGreaterThanOrEqual(10)
    }
  })
})

describe('ChoroplethMap in a group', () => {
  it('takes the view the group already shows, and says so when it has no table for that level', async () => {
    const { createSelectionStore } = await import('../../../src/core/selection.js')
    const regions = (await import('./regions.js')).regionShare(table)
    const store = createSelectionStore()
    const first = await draw((onReady) => <ChoroplethMap table={regions} store={store} onReady={onReady} />)
    expect(store.view.value).toEqual({ level: 'region', within: null })
    // A later map of the group with départements only: the group's view (regions) stays, and this
    // map says it has nothing to show for it instead of silently drawing its départements.
    const second = await draw((onReady) => <ChoroplethMap table={table} store={store} onReady={onReady} />)
    expect(store.view.value).toEqual({ level: 'region', within: null })
    const figure = second.container.querySelector('.atlas-map')!
    expect(figure.getAttribute('data-state')).toBe('no-data')
    expect(figure.querySelector('[role="status"]')!.textContent).toBe('Pas de données par régions pour cet indicateur.')
    expect(figure.querySelectorAll('.atlas-map__shapes path')).toHaveLength(0)
    expect(first.container.querySelectorAll('.atlas-map__shapes path')).toHaveLength(18)
    // Once the group comes to départements, it draws them.
    store.view.value = { level: 'departement', within: { level: 'region', code: '53' } }
    await expect.poll(() => figure.getAttribute('data-state') === 'ready' && figure.querySelectorAll('.atlas-map__shapes path').length).toBe(4)
  })

  it('draws the group’s view once it is given a table for that level, the view unchanged', async () => {
    const { createSelectionStore } = await import('../../../src/core/selection.js')
    const regions = (await import('./regions.js')).regionShare(table)
    const store = createSelectionStore({ level: 'region', within: null })
    const second = await draw((onReady) => <ChoroplethMap table={table} store={store} onReady={onReady} />)
    const figure = second.container.querySelector('.atlas-map')!
    expect(figure.getAttribute('data-state')).toBe('no-data')
    let ready!: () => void
    const drawn = new Promise<void>((r) => (ready = r))
    second.rerender(<ChoroplethMap table={[table, regions]} store={store} onReady={ready} />)
    await drawn
    expect(store.view.value).toEqual({ level: 'region', within: null })
    expect(figure.getAttribute('data-state')).toBe('ready')
    expect(figure.querySelectorAll('.atlas-map__shapes path')).toHaveLength(18)
  })
})

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTask } from '../../data-adapters/slices.js'
import { defaults } from '../../src/components/map/defaults.js'
import { loadViewGeometry } from '../../src/components/map/geometry.js'
import { AtlasMapElement } from '../../src/embed/atlas-map.js'
import { defineElement } from '../../src/embed/define.js'
import { useBuiltAssets } from '../../stories/fixtures/cultural-share.js'
import { mountInFrench } from './fixtures.js'

vi.mock('../../src/components/map/geometry.js', { spy: true })
vi.mock('../../data-adapters/slices.js', { spy: true })

const CSV = '/data/deps/actifs-dans-les-secteurs-culturels/departement.csv'

beforeAll(() => {
  useBuiltAssets()
  defineElement('atlas-map', AtlasMapElement)
})
afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

describe('<atlas-map> loading (Chromium)', () => {
  it('projects its view’s geometry while its data are still on their way, for the size the map draws at', async () => {
    // The CSV is held until the geometry has been asked for: the map's render then finds it done.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const fetch = globalThis.fetch
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(CSV)) await held
      return fetch(input, init)
    })
    const el = mountInFrench<AtlasMapElement>('atlas-map', { src: CSV, level: 'departement', within: 'region:53', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels" })
    await vi.waitFor(() => expect(loadViewGeometry).toHaveBeenCalled(), { timeout: 10_000 })
    expect(vi.mocked(loadViewGeometry).mock.calls[0]!.slice(0, 3)).toEqual([expect.objectContaining({ level: 'departement', within: { level: 'region', code: '53' } }), defaults.width, defaults.height])
    // Projected before the data came: its promise settles while the CSV is still held.
    await vi.mocked(loadViewGeometry).mock.results[0]!.value
    expect(el.state).not.toBe('ready')
    release()
    await vi.waitFor(() => expect(el.state).toBe('ready'), { timeout: 20_000 })
    expect(el.shadowRoot!.querySelectorAll('.atlas-map__shapes path')).toHaveLength(4)
  })
})

describe('<atlas-map> tasks', () => {
  it('renders the map in a task after the one its geometry and data come in (not after the geometry’s ≈ 17 ms of work)', async () => {
    let next!: () => void
    vi.mocked(nextTask).mockImplementationOnce(() => new Promise<void>((resolve) => (next = resolve)))
    const el = mountInFrench<AtlasMapElement>('atlas-map', { src: CSV, level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels" })
    await vi.waitFor(() => expect(nextTask).toHaveBeenCalled(), { timeout: 10_000 })
    // Geometry and data in: the geometry is projected, and the element still shows its loading line.
    expect(await vi.mocked(loadViewGeometry).mock.results[0]!.value).toHaveProperty('shapes')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(el.shadowRoot!.querySelector('.atlas-map')).toBeNull()
    expect(el.shadowRoot!.querySelector('.atlas-loading')).not.toBeNull()
    next()
    await vi.waitFor(() => expect(el.state).toBe('ready'), { timeout: 20_000 })
    expect(el.shadowRoot!.querySelectorAll('.atlas-map__shapes path')).toHaveLength(101)
  })
})

describe('<atlas-map> ready', () => {
  it('emits atlas-ready once its shapes are drawn (a task after the paint of its first render): the geometry’s 101 départements, filled, and the legend', async () => {
    const el = mountInFrench<AtlasMapElement>('atlas-map', { src: CSV, level: 'departement', code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels" })
    const atReady = await new Promise<{ codes: string[]; d: string[]; fills: string[]; legend: boolean }>((resolve) =>
      el.addEventListener(
        'atlas-ready',
        () => {
          const paths = [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.atlas-map__shapes path')]
          resolve({ codes: paths.map((p) => p.dataset.code!), d: paths.map((p) => p.getAttribute('d')!), fills: paths.map((p) => p.style.fill), legend: !!el.shadowRoot!.querySelector('.atlas-map__legend') })
        },
        { once: true },
      ),
    )
    const geometry = await loadViewGeometry({ level: 'departement', within: null }, defaults.width, defaults.height)
    expect(atReady.codes).toEqual(geometry.shapes.map((s) => s.code))
    expect(atReady.d).toEqual(geometry.shapes.map((s) => s.d))
    expect(atReady.fills.filter((f) => f.startsWith('var(--atlas-class-'))).toHaveLength(101)
    expect(atReady.legend).toBe(true)
  })
})

describe('<atlas-map> with a `within` it cannot draw', () => {
  it('names the attribute’s value as written and why, as the map itself does (not the parsed view)', async () => {
    for (const [within, level, reason] of [
      ['region:99', 'departement', 'unknown territory'],
      ['departement:29', 'region', 'a departement holds no region'],
    ] as const) {
      const el = mountInFrench<AtlasMapElement>('atlas-map', { src: CSV, level, within, code: 'Code Insee', value: "Nombre d'actifs dans les secteurs culturels" })
      await vi.waitFor(() => expect(el.state).toBe('error'), { timeout: 20_000 })
      const text = el.shadowRoot!.textContent!
      expect(text).toContain(`invalid within: "${within}" (${reason})`)
      expect(text).not.toContain('{"level"')
      document.body.replaceChildren()
    }
  })
})

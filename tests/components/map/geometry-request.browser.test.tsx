// Issue #10: the map draws a loaded geometry after the paint of its first render (speed.browser.test.tsx),
// but a page that did not load the geometry ahead must not wait for that frame to ask for the file. Alone in
// its file: the national geometry is requested here for the first time in this page.
import { render } from 'preact'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { culturalShare, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
const host = document.body.appendChild(document.createElement('div'))
afterEach(() => render(null, host))

describe('ChoroplethMap, the geometry request', () => {
  it('asks for a geometry not loaded yet in the task that renders the map, then draws it', async () => {
    const requested: string[] = []
    const real = globalThis.fetch
    globalThis.fetch = (input, init) => (requested.push(String(input instanceof Request ? input.url : input)), real(input, init))
    let ready!: () => void
    const drawn = new Promise<void>((r) => (ready = r))
    try {
      // Preact's own render: its passive effects wait for a frame (a testing library's `act` would run them here).
      render(<ChoroplethMap table={table} onReady={ready} />, host)
      expect(requested.filter((url) => /\/geo\/france\.xy\.bin$/.test(url))).toHaveLength(1)
    } finally {
      globalThis.fetch = real
    }
    await drawn
    expect(host.querySelectorAll('.atlas-map__shapes path')).toHaveLength(101)
  })
})

import { cleanup } from '@testing-library/preact'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { ChoroplethMap } from '../../../src/components/map/ChoroplethMap.js'
import type { IndicatorTable } from '../../../src/core/indicator-table.js'
import { createSelectionStore } from '../../../src/core/selection.js'
import { culturalShare, draw, useBuiltAssets } from './fixtures.js'

let table: IndicatorTable
beforeAll(async () => {
  useBuiltAssets()
  table = await culturalShare()
})
afterEach(cleanup)

/**
 * Types `text` as a French keyboard does: one trusted keydown per character, « é » included
 * (Playwright's own typing sends characters off the US layout as text input only, without keydown).
 */
export async function typeKeys(text: string) {
  // Sent at once (the protocol keeps their order): a round trip per key could exceed the type-ahead's pause on a busy machine.
  await Promise.all([...text].flatMap((key) => [cdp().send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key }), cdp().send('Input.dispatchKeyEvent', { type: 'keyUp', key })]))
}

/** Renders a map, tabs into it and types `text`, as a keyboard user does; returns what it shows and says. */
async function typeIn(text: string, keys = '') {
  const store = createSelectionStore()
  const { container } = await draw((onReady) => (
    <>
      <button type="button">avant</button>
      <ChoroplethMap table={table} store={store} onReady={onReady} />
    </>
  ))
  const app = container.querySelector<HTMLElement>('[role="application"]')!
  app.focus()
  // Typing starts once the map has taken the focus (its ring on a territory): a first key sent before
  // its focus render can be lost on a loaded machine (« Réunion » then read « éunion » → Eure).
  await vi.waitFor(() => expect(container.querySelector('.atlas-map__focus')).not.toBeNull())
  // The first key a fresh page receives through the protocol can be dropped: send a Shift first.
  await cdp().send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Shift' })
  await cdp().send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Shift' })
  if (keys) await userEvent.keyboard(keys)
  await typeKeys(text)
  return {
    focused: container.querySelector<SVGPathElement>('.atlas-map__focus')?.dataset.focused,
    said: container.querySelector('[aria-live="polite"]')!.textContent!.trim(),
    selected: store.selected.value,
  }
}

describe('type-ahead journeys (Chromium)', () => {
  it('« Réunion » goes to La Réunion: any word of the name counts, accents and case aside', async () => {
    const r = await typeIn('Réunion')
    expect(r.focused).toBe('974')
    expect(r.said).toMatch(/^La Réunion\u00a0: /)
  })

  it('« La Réunion »: the space belongs to the search, nothing is selected while typing', async () => {
    const r = await typeIn('La Réunion')
    expect(r.focused).toBe('974')
    expect(r.selected).toBeNull()
  })

  it('« Territoire de Belfort » ends on Territoire de Belfort, nothing selected', async () => {
    const r = await typeIn('Territoire de Belfort')
    expect(r.focused).toBe('90')
    expect(r.selected).toBeNull()
  })

  it('says when no name matches, and stays where it was', async () => {
    const r = await typeIn('Qzx', '{Home}')
    expect(r.said).toBe('Aucun nom ne commence par «\u00a0Qzx\u00a0»')
    expect(r.focused).toBe('01')
  })

  it('Space alone, outside a search, still selects the focused territory', async () => {
    const r = await typeIn(' ', '{End}')
    expect(r.selected).toBe('78')
    expect(r.said).toBe('Yvelines sélectionné')
  })
})

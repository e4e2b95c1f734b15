import { cleanup, render } from '@testing-library/preact'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useStoreView } from '../../../src/components/shared/use-store-view.js'
import { createSelectionStore, type SelectionStore, type View } from '../../../src/core/selection.js'

afterEach(cleanup)

const REGIONS: View = { level: 'region', within: null }
const BRETAGNE: View = { level: 'departement', within: { level: 'region', code: '53' } }

/** A widget showing its view; records every store write made while it was rendering. */
function harness(store: SelectionStore) {
  let rendering = false
  const writesDuringRender: View[] = []
  store.view.subscribe((v) => rendering && writesDuringRender.push(v))
  function Widget({ view }: { view: View }) {
    rendering = true
    const shown = useStoreView(store, view)
    rendering = false
    return <p data-view={`${shown.level}:${shown.within?.code ?? ''}`} />
  }
  return { Widget, writesDuringRender }
}

describe('useStoreView', () => {
  it('a widget mounting on a store without a view shows its own and writes it after render', () => {
    const store = createSelectionStore()
    const { Widget, writesDuringRender } = harness(store)
    const { container } = render(<Widget view={REGIONS} />)
    expect(container.querySelector('p')!.dataset.view).toBe('region:')
    expect(store.view.value).toEqual(REGIONS)
    expect(store.viewSet.value).toBe(true)
    expect(writesDuringRender).toEqual([])
  })

  it('a widget mounting on a store whose view is set shows the store view and writes nothing', () => {
    const store = createSelectionStore(BRETAGNE)
    const { Widget } = harness(store)
    const { container } = render(<Widget view={REGIONS} />)
    expect(container.querySelector('p')!.dataset.view).toBe('departement:53')
    expect(store.view.value).toBe(BRETAGNE)
  })

  it('follows the store, and writes its props again when they change (never while rendering)', async () => {
    const store = createSelectionStore()
    const { Widget, writesDuringRender } = harness(store)
    const { container, rerender } = render(<Widget view={REGIONS} />)
    act(() => void (store.view.value = BRETAGNE))
    // @preact/signals may defer a component's update to the next frame (requestAnimationFrame): wait
    // for the re-render itself, not for act's flush, which a loaded machine outruns.
    await vi.waitFor(() => expect(container.querySelector('p')!.dataset.view).toBe('departement:53'))
    rerender(<Widget view={{ level: 'region', within: null }} />)
    expect(container.querySelector('p')!.dataset.view).toBe('departement:53')
    rerender(<Widget view={{ level: 'commune', within: { level: 'departement', code: '29' } }} />)
    expect(container.querySelector('p')!.dataset.view).toBe('commune:29')
    expect(store.view.value).toEqual({ level: 'commune', within: { level: 'departement', code: '29' } })
    expect(writesDuringRender).toEqual([])
  })
})

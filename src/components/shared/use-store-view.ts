import { useLayoutEffect, useRef } from 'preact/hooks'
import type { SelectionStore } from '../../core/selection.js'
import { viewKey, type View } from '../../core/view.js'
import { useValue } from './use-value.js'

/**
 * The view a widget shows, following the rule of {@link SelectionStore}: the widget's own view
 * (`level`/`within` props) is written to the store after render — when it mounts on a store whose
 * view is not set yet, and whenever those props change — and the store's view is shown otherwise.
 * Until its effect has run, the widget renders its own view, so no render ever writes a signal.
 */
export function useStoreView(store: SelectionStore, own: View): View {
  const key = viewKey(own)
  const written = useRef<string | null>(null)
  const current = useValue(store.view)
  const set = useValue(store.viewSet)
  const claims = written.current !== key && (written.current !== null || !set)
  useLayoutEffect(() => {
    if (claims) store.view.value = own
    written.current = key
  }, [store, key])
  return claims ? own : current
}

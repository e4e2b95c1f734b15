import type { ReadonlySignal } from '@preact/signals'
import { useEffect, useRef, useState } from 'preact/hooks'

/**
 * A signal's value for this render, and a new render whenever it changes. The subscription is
 * explicit so that no widget depends on the Preact integration of `@preact/signals` (its render
 * hooks, which track `.value` read while rendering): the script tag's parts leave it out.
 */
export function useValue<T>(signal: ReadonlySignal<T>): T {
  // peek(): no tracking by the integration when the host page has it; this hook does the tracking.
  const value = signal.peek()
  const shown = useRef(value)
  shown.current = value
  const [, rerender] = useState(0)
  // subscribe() reports the current value at once: a change between this render and the effect is
  // caught there; an unchanged value costs no render.
  useEffect(() => signal.subscribe((v) => v !== shown.current && rerender((n) => n + 1)), [signal])
  return value
}

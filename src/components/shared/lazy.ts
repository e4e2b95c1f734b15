import type { ComponentProps, ComponentType, FunctionComponent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
// The JSX runtime's `jsx`, which every component calls already, not `h`: the chunk would carry `h` for this one call.
import { jsx } from 'preact/jsx-runtime'

/**
 * A component whose code is fetched when it first renders (a chunk of its own in the built files),
 * rendering nothing until then: for the parts that serve an action or an optional view (export,
 * data table, canvas, histogram), so that a page pays for them when they are used. A part that fails
 * to load throws from the render, into the widget's error boundary: never a silent gap.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyComponent<C extends ComponentType<any>>(load: () => Promise<C>): LazyComponent<ComponentProps<C>> {
  let loaded: C | undefined
  let pending: Promise<C> | undefined
  const fetchPart = () => (pending ??= load().then((c) => (loaded = c)))
  function Lazy(props: ComponentProps<C>) {
    const [failure, setFailure] = useState<{ error: unknown } | null>(null)
    const [, loadedNow] = useState(false)
    useEffect(() => {
      if (loaded) return
      let live = true
      fetchPart().then(
        () => live && loadedNow(true),
        (error: unknown) => {
          pending = undefined
          if (live) setFailure({ error })
        },
      )
      return () => void (live = false)
    }, [])
    if (failure) throw failure.error
    return loaded ? jsx(loaded, { ...props }) : null
  }
  return Object.assign(Lazy, { preload: () => fetchPart().then(() => undefined) })
}

/** A lazily fetched component; `preload()` fetches it ahead, so that its first render draws at once. */
export type LazyComponent<P> = FunctionComponent<P> & { preload(): Promise<void> }

import { signal, type Signal } from '@preact/signals'
import { cleanup, render } from '@testing-library/preact'
import { act } from 'preact/test-utils'
import { useEffect } from 'preact/hooks'
import { afterEach, describe, expect, it } from 'vitest'
import { useValue } from '../../../src/components/shared/use-value.js'

afterEach(cleanup)

/** Shows the value read through useValue; counts its renders. */
function harness<T>(s: Signal<T>, onMount?: () => void) {
  const renders: T[] = []
  function Shown() {
    const v = useValue(s)
    renders.push(v)
    useEffect(() => onMount?.(), [])
    return <p>{String(v)}</p>
  }
  return { Shown, renders }
}

describe('useValue', () => {
  it('renders the signal value and renders again when it changes, without reading .value while rendering', () => {
    const s = signal('Ain')
    const { Shown, renders } = harness(s)
    const { container } = render(<Shown />)
    expect(container.textContent).toBe('Ain')
    act(() => {
      s.value = 'Finistère'
    })
    expect(container.textContent).toBe('Finistère')
    expect(renders).toEqual(['Ain', 'Finistère'])
  })

  it('costs no render when a write keeps the value, nor when mounting', () => {
    const s = signal(1)
    const { Shown, renders } = harness(s)
    render(<Shown />)
    act(() => {
      s.value = 1
    })
    expect(renders).toEqual([1])
  })

  it('catches a change made between the render and the subscription', () => {
    const s = signal('avant')
    // A child's effect runs before its parent's: the write lands after the parent rendered, before it subscribed.
    const { Shown, renders } = harness(s)
    function Writer() {
      useEffect(() => {
        s.value = 'après'
      }, [])
      return null
    }
    let container!: Element
    act(() => {
      container = render(
        <div>
          <Writer />
          <Shown />
        </div>,
      ).container
    })
    expect(container.textContent).toBe('après')
    expect(renders.at(-1)).toBe('après')
  })

  it('stops listening when unmounted', () => {
    const s = signal(0)
    const { Shown, renders } = harness(s)
    const { unmount } = render(<Shown />)
    unmount()
    act(() => {
      s.value = 5
    })
    expect(renders).toEqual([0])
  })
})

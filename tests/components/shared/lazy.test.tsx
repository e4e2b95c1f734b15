import { cleanup, render, screen } from '@testing-library/preact'
import { Component, type ComponentChildren } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyComponent } from '../../../src/components/shared/lazy.js'

afterEach(cleanup)

const Hello = ({ name }: { name: string }) => <p>Bonjour {name}</p>

class Boundary extends Component<{ children?: ComponentChildren }, { error?: unknown }> {
  override componentDidCatch(error: unknown) {
    this.setState({ error })
  }
  override render() {
    return this.state.error ? <p role="alert">{String(this.state.error)}</p> : this.props.children
  }
}

describe('lazyComponent', () => {
  it('fetches nothing until first rendered, renders nothing until loaded, then the component with its props', async () => {
    const load = vi.fn(async () => Hello)
    const Lazy = lazyComponent(load)
    expect(load).not.toHaveBeenCalled()
    const { container } = render(<Lazy name="Brest" />)
    expect(container.textContent).toBe('')
    expect((await screen.findByText('Bonjour Brest')).tagName).toBe('P')
    render(<Lazy name="Quimper" />)
    expect(screen.getByText('Bonjour Quimper')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('once preloaded, draws in its first render', async () => {
    const Lazy = lazyComponent(async () => Hello)
    await Lazy.preload()
    render(<Lazy name="Vannes" />)
    expect(screen.getByText('Bonjour Vannes')).toBeTruthy()
  })

  it('a part that fails to load throws into the error boundary, and is fetched again next time', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValueOnce(Hello)
    const Lazy = lazyComponent(load)
    render(
      <Boundary>
        <Lazy name="Lorient" />
      </Boundary>,
    )
    expect((await screen.findByRole('alert')).textContent).toBe('Error: chunk missing')
    render(<Lazy name="Lorient" />)
    expect(await screen.findByText('Bonjour Lorient')).toBeTruthy()
  })
})

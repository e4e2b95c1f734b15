import { Component, type ComponentChildren } from 'preact'

/**
 * Keeps a widget's rendering error inside the widget: the element shows `fallback(error)` and the
 * rest of the page (other widgets included) goes on.
 */
export class ErrorBoundary extends Component<{ fallback: (error: unknown) => ComponentChildren; onError?: (error: unknown) => void; children?: ComponentChildren }, { error: unknown }> {
  override state = { error: undefined as unknown }
  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error)
    this.setState({ error })
  }
  override render() {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error)
  }
}

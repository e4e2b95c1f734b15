import { render, type VNode } from 'preact'
import { LANGS, type Lang } from '../core/locale.js'
import { readSpec, type Spec, type Values } from '../core/spec/spec.js'
import { languageReady, TEXTS } from '../core/text/table.js'
import { adoptCss } from '../components/shared/styles.js'
import { baseCss } from './base.css.js'
import { ErrorBoundary } from './ErrorBoundary.js'
import { ErrorMessage } from './ErrorMessage.js'

/** Where an element is in its life: `loading` → `ready` or `error`. */
export type ElementState = 'idle' | 'loading' | 'ready' | 'error'

/**
 * Base of every `<atlas-*>` element: open Shadow DOM, attributes read through the option helpers,
 * data loaded with an `AbortSignal` (aborted when the element leaves the page or its attributes
 * change), and every failure — bad attribute, failed load, render error — shown inline in this
 * element only. Dispatches `atlas-ready` / `atlas-error` (bubbling, composed) when it settles.
 */
export abstract class AtlasElement<S extends Spec, D> extends HTMLElement {
  /** The element's option spec: its widget's, then the data and element attributes. */
  protected abstract readonly spec: S
  /** Extra CSS for the shadow root. */
  protected readonly css: string = ''
  /** Loads what the view needs; `signal` aborts when the element is removed or reconfigured. */
  protected abstract load(options: Values<S>, signal: AbortSignal): Promise<D>
  /** Renders the loaded data. */
  protected abstract view(data: D, options: Values<S> & { lang: Lang }): VNode
  /**
   * Set by views that finish drawing after their first render (a map loading its geometry): the
   * element then settles when the view calls {@link viewReady}, so `atlas-ready` means drawn.
   */
  protected readonly settlesOnViewReady: boolean = false

  #root: ShadowRoot
  #controller: AbortController | undefined
  #pending = false
  #state: ElementState = 'idle'
  #settled: Promise<ElementState> = Promise.resolve('idle')
  #resolveSettled: ((s: ElementState) => void) | undefined
  #awaitingView: AbortController | undefined

  constructor() {
    super()
    this.#root = this.attachShadow({ mode: 'open' })
  }

  /** Current state. */
  get state(): ElementState {
    return this.#state
  }

  /** Resolves when the element has rendered its data or an error. */
  get settled(): Promise<ElementState> {
    return this.#settled
  }

  connectedCallback(): void {
    adoptCss(this.#root, baseCss + this.css)
    this.#schedule()
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule()
  }

  disconnectedCallback(): void {
    this.#controller?.abort()
    this.#controller = undefined
    render(null, this.#root)
  }

  /** Several attribute changes in one task make one update. */
  #schedule(): void {
    if (this.#pending) return
    this.#pending = true
    if (this.#state !== 'loading') this.#settled = new Promise((r) => (this.#resolveSettled = r))
    queueMicrotask(() => {
      this.#pending = false
      void this.#update()
    })
  }

  /** Called by the view once drawn; ignored unless the current update waits for it. */
  protected viewReady(): void {
    const awaited = this.#awaitingView
    if (!awaited || awaited !== this.#controller || awaited.signal.aborted) return
    this.#awaitingView = undefined
    this.#settle('ready')
  }

  #settle(state: ElementState): void {
    this.#awaitingView = undefined
    this.#state = state
    this.#resolveSettled?.(state)
    this.dispatchEvent(new CustomEvent(state === 'ready' ? 'atlas-ready' : 'atlas-error', { bubbles: true, composed: true }))
  }

  async #update(): Promise<void> {
    if (!this.isConnected) return
    this.#controller?.abort()
    const controller = (this.#controller = new AbortController())
    const read = readSpec(this, this.spec)
    // The script tag fetches a language's words when an element first speaks it (table.parts.ts);
    // if they cannot be fetched, the widget speaks French, whose words are always there.
    const lang = await languageReady(pageLang(this)).then(() => pageLang(this), (): Lang => 'fr')
    if (controller.signal.aborted) return
    if (!read.ok) {
      const { attribute, error } = read.problem
      render(<ErrorMessage lang={lang} message={`${this.localName} ${attribute}: ${error instanceof Error ? error.message : String(error)}`} />, this.#root)
      this.#settle('error')
      return
    }
    this.#state = 'loading'
    render(<p class="atlas-loading" role="status">{TEXTS[lang].loading}</p>, this.#root)
    let data: D
    try {
      data = await this.load(read.value, controller.signal)
    } catch (error) {
      if (controller.signal.aborted) return
      render(<ErrorMessage lang={lang} message={error instanceof Error ? error.message : String(error)} />, this.#root)
      this.#settle('error')
      return
    }
    if (controller.signal.aborted) return
    let failed = false
    const fallback = (error: unknown) => <ErrorMessage lang={lang} message={error instanceof Error ? error.message : String(error)} />
    // Before rendering: a view may report ready (or fail) from its first effects.
    if (this.settlesOnViewReady) this.#awaitingView = controller
    let reported = false
    const onError = () => {
      failed = true
      if (this.#awaitingView !== controller) return
      reported = true
      this.#settle('error')
    }
    try {
      render(
        <ErrorBoundary fallback={fallback} onError={onError}>
          {this.view(data, { ...read.value, lang })}
        </ErrorBoundary>,
        this.#root,
      )
    } catch (error) {
      failed = true
      render(fallback(error), this.#root)
    }
    if (failed) {
      if (!reported) this.#settle('error')
    } else if (!this.settlesOnViewReady) this.#settle('ready')
  }
}

/**
 * The element's language: its own `lang` attribute when valid, else the nearest `lang` of the page
 * (`en-GB` → English); French when none says otherwise.
 */
export function pageLang(element: Element): Lang {
  const tag = element.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0]
  return (LANGS as readonly string[]).includes(tag ?? '') ? (tag as Lang) : 'fr'
}

import { render, type VNode } from 'preact'
import { LANGS, type Lang } from '../core/locale.js'
import { joinGroup, type SelectionStore } from '../core/selection.js'
import { readSpec, type Spec, type Values } from '../core/spec/spec.js'
import { jenksReady } from '../core/scales/breaks-jenks.js'
import { languageReady, TEXTS } from '../core/text/table.js'
import { adoptCss } from '../components/shared/styles.js'
import { baseCss } from './base.css.js'
import { ErrorBoundary } from './ErrorBoundary.js'
import type { Theme } from './themes.js'

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
  // The colour scheme in force is a custom state (`:host(:state(dark))`, theme.ts): no attribute of
  // the page's element is written. Browsers without custom states in CSS (Chrome before 125, Safari
  // before 17.4) draw every theme light.
  #internals = this.attachInternals?.()
  #theme: [Theme | undefined, () => void] | undefined
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

  attributeChangedCallback(name: string): void {
    if (!this.isConnected) return
    // A new scheme only repaints a drawn widget: its sort, filter, scroll and open table stay. A wrong
    // value goes through the update, which says so.
    if (name === 'theme' && this.#state === 'ready')
      try {
        return this.#follow(this.spec.theme!.parse(name, this.getAttribute(name)) as Theme)
      } catch {}
    this.#schedule()
  }

  disconnectedCallback(): void {
    this.#controller?.abort()
    this.#controller = undefined
    this.#join(undefined, false)
    this.#follow(undefined)
    render(null, this.#root)
  }

  /** The group the element is in (its `group` attribute), whether it keeps it in the URL, its store and how to leave. */
  #group: { name: string; sync: boolean; store: SelectionStore; leave: () => void } | undefined

  /** The store of the element's group, once its attributes are read; `undefined` outside a group. */
  protected get groupStore(): SelectionStore | undefined {
    return this.#group?.store
  }

  /**
   * Joins group `name` (leaving the one before), while the element is on the page: the group's store
   * is released when its last element leaves. With `sync` (the `sync-url` attribute), the group's
   * state is kept in the page's URL by a part fetched only then (sync-url.ts).
   */
  #join(name: string | undefined, sync: boolean): void {
    const was = this.#group
    if (was?.name === name && was?.sync === sync) return
    was?.leave()
    this.#group = undefined
    if (name === undefined) return
    const [store, leave] = joinGroup(name)
    let left = false
    let unsync: (() => void) | undefined
    if (sync) import('./sync-url.js').then(({ syncUrl }) => left || (unsync = syncUrl(name, store)), () => {})
    this.#group = { name, sync, store, leave: () => ((left = true), unsync?.(), leave()) }
  }

  /**
   * Draws in the scheme `theme` asks for, following it while the element is on the page. Light needs
   * nothing; the dark scheme's code and CSS are a part fetched for `dark` and `auto` only (theme.ts).
   */
  #follow(theme: Theme | undefined): void {
    if (this.#theme?.[0] === theme) return
    this.#theme?.[1]()
    let stop = () => {}
    const t: [Theme | undefined, () => void] = (this.#theme = [theme, () => stop()])
    const states = this.#internals?.states
    if (!states || !CSS.supports('selector(:state(dark))')) return
    if (theme !== 'dark' && theme !== 'auto') return void states.delete('dark')
    import('./theme.js').then(
      (m) => this.#theme === t && (stop = m.themed(this.#root, states, theme)),
      // Fetched again on the next update.
      () => this.#theme === t && (this.#theme = undefined),
    )
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
  /**
   * The widget's props from the element's attributes: each option of the widget's own spec under its
   * name, the element's language, `onReady` that settles the element, and the group's store.
   */
  protected widgetProps<P>(spec: Spec, a: Values<S> & { lang: Lang }): Partial<P> & { lang: Lang; onReady: () => void; store?: SelectionStore } {
    const props: Record<string, unknown> = {}
    for (const k in spec) props[k] = a[k as keyof typeof a]
    props.lang = a.lang
    props.onReady = () => this.viewReady()
    if (this.#group) props.store = this.#group.store
    return props as Partial<P> & { lang: Lang; onReady: () => void; store?: SelectionStore }
  }

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
    const wanted = pageLang(this)
    const lang = await languageReady(wanted).then((): Lang => wanted, (): Lang => 'fr')
    if (controller.signal.aborted) return
    const { group, syncUrl, theme } = (read.ok ? read.value : {}) as { group?: string; syncUrl?: boolean; theme?: Theme }
    this.#join(group, !!syncUrl)
    this.#follow(theme)
    if (!read.ok) {
      const { attribute, error } = read.problem
      return this.#fail(controller, lang, error, true, `${this.localName} ${attribute}: `)
    }
    this.#state = 'loading'
    render(<p class="atlas-loading" role="status">{TEXTS[lang].loading}</p>, this.#root)
    let data: D
    try {
      // A map or a ranking classed by natural breaks waits for them (fetched on first use by the
      // script tag, breaks-jenks.parts.ts) while its data load: it classifies in its first render.
      ;[data] = await Promise.all([this.load(read.value, controller.signal), (read.value as { method?: string }).method === 'jenks' && jenksReady()])
    } catch (error) {
      if (controller.signal.aborted) return
      return this.#fail(controller, lang, error, true)
    }
    if (controller.signal.aborted) return
    let failed = false
    let rendering = true
    // Before rendering: a view may report ready (or fail) from its first effects.
    if (this.settlesOnViewReady) this.#awaitingView = controller
    // A failure while rendering, or before the view reported ready, settles the element; a later one
    // (after `atlas-ready`) only shows its message.
    const onError = (error: unknown) => {
      const settles = rendering || this.#awaitingView === controller
      failed = true
      this.#awaitingView = undefined
      void this.#fail(controller, lang, error, settles)
    }
    try {
      render(
        <ErrorBoundary fallback={() => null} onError={onError}>
          {this.view(data, { ...read.value, lang })}
        </ErrorBoundary>,
        this.#root,
      )
    } catch (error) {
      onError(error)
    }
    rendering = false
    if (!failed && !this.settlesOnViewReady) this.#settle('ready')
  }

  /**
   * Shows `error` instead of the widget, in the page's language, then settles (when `settles`). The
   * message and its sentences are fetched now, not with the widget: no first paint pays for them.
   * Unless an attribute is wrong (`prefix`), the message offers « Réessayer »: the element loads again
   * (a file that failed is fetched anew: no layer keeps failures).
   * Should that fetch fail too, the developer's message is shown as it is, marked English.
   */
  async #fail(controller: AbortController, lang: Lang, error: unknown, settles: boolean, prefix = ''): Promise<void> {
    const title = TEXTS[lang].element.unavailable
    let message: VNode
    try {
      const { ErrorMessage } = await import('../components/shared/ErrorMessage.js')
      message = <ErrorMessage lang={lang} error={error} names="attribute" title={title} prefix={prefix} onRetry={prefix ? undefined : () => this.#schedule()} />
    } catch {
      message = (
        <p class="atlas-error" role="alert">
          <strong>{title}</strong> <code lang="en">{`${prefix}${error instanceof Error ? error.message : String(error)}`}</code>
        </p>
      )
    }
    if (controller !== this.#controller || controller.signal.aborted) return
    render(message, this.#root)
    if (settles) this.#settle('error')
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

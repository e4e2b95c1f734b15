import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEffect } from 'preact/hooks'
import { AtlasElement } from '../../src/embed/element.js'
import { attributesOf, option } from '../../src/core/spec/spec.js'
import { defineElement } from '../../src/embed/define.js'
import { LANGS } from '../../src/core/locale.js'
import { integer, oneOf, string } from '../../src/core/options.js'

const spec = {
  lang: option((name, v) => oneOf(name, v, LANGS, 'fr')),
  classes: option((name, v) => integer(name, v, 5, { min: 3, max: 9 })),
  src: option((name, v) => string(name, v)),
}

const loads: AbortSignal[] = []

class TestElement extends AtlasElement<typeof spec, number> {
  static observedAttributes = attributesOf(spec)
  protected readonly spec = spec
  protected async load(options: { classes: number; src: string | undefined }, signal: AbortSignal) {
    loads.push(signal)
    if (options.src === 'fail') throw new Error('cannot load fail: HTTP 404')
    if (options.src === 'hang') return new Promise<number>(() => {})
    return options.classes * 2
  }
  protected view(data: number, options: { src: string | undefined }) {
    if (options.src === 'boom') throw new Error('render exploded')
    return <output>{data}</output>
  }
}
defineElement('atlas-test-element', TestElement)

/** Mounts an element in a part of the page in `pageLang` (the test page itself is `lang="en"`). */
function mount(attrs: Record<string, string>, pageLang = 'fr'): TestElement {
  const el = document.createElement('atlas-test-element') as TestElement
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  const page = document.createElement('div')
  page.lang = pageLang
  page.append(el)
  document.body.append(page)
  return el
}

afterEach(() => {
  document.body.replaceChildren()
  loads.length = 0
})

describe('AtlasElement', () => {
  it('renders its view in an open shadow root once loaded, and signals ready', async () => {
    const el = mount({ classes: '4' })
    let events = 0
    el.addEventListener('atlas-ready', () => events++)
    expect(await el.settled).toBe('ready')
    expect(el.shadowRoot!.querySelector('output')!.textContent).toBe('8')
    expect(events).toBe(1)
    expect(el.children.length).toBe(0)
  })

  it('shows an invalid attribute inline, naming it, in French by default and in English on request', async () => {
    const el = mount({ classes: 'cinq' })
    expect(await el.settled).toBe('error')
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Widget indisponible')
    expect(alert.textContent).toContain('atlas-test-element classes: invalid classes: "cinq"')
    el.setAttribute('lang', 'en')
    await el.settled
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Widget unavailable')
  })

  it('keeps a failing load or render inside its own element', async () => {
    const good = mount({ classes: '3' })
    const badLoad = mount({ src: 'fail' })
    const badRender = mount({ src: 'boom' })
    expect(await good.settled).toBe('ready')
    expect(await badLoad.settled).toBe('error')
    expect(await badRender.settled).toBe('error')
    expect(badLoad.shadowRoot!.textContent).toContain('HTTP 404')
    expect(badRender.shadowRoot!.textContent).toContain('render exploded')
    expect(good.shadowRoot!.querySelector('output')!.textContent).toBe('6')
  })

  it('aborts its load when removed from the page and when reconfigured', async () => {
    const el = mount({ src: 'hang' })
    // The load starts once the element's language is ready (at once for French, after a fetch of the
    // English words in the script tag).
    await vi.waitFor(() => expect(loads).toHaveLength(1))
    el.setAttribute('src', 'other')
    expect(await el.settled).toBe('ready')
    expect(loads[0]!.aborted).toBe(true)
    el.setAttribute('src', 'hang')
    await vi.waitFor(() => expect(loads).toHaveLength(3))
    el.remove()
    expect(loads.at(-1)!.aborted).toBe(true)
  })

  it('batches several attribute changes into one load', async () => {
    const el = mount({ classes: '3' })
    await el.settled
    loads.length = 0
    el.setAttribute('classes', '6')
    el.setAttribute('classes', '7')
    expect(await el.settled).toBe('ready')
    expect(loads).toHaveLength(1)
    expect(el.shadowRoot!.querySelector('output')!.textContent).toBe('14')
  })
})

let drawn: (() => void) | undefined
function Late(props: { onDrawn: () => void }) {
  useEffect(() => {
    drawn = props.onDrawn
  }, [])
  return <output>late</output>
}
class LateElement extends AtlasElement<typeof spec, number> {
  static observedAttributes = attributesOf(spec)
  protected readonly spec = spec
  protected override readonly settlesOnViewReady = true
  protected async load() {
    return 1
  }
  protected view() {
    return <Late onDrawn={() => this.viewReady()} />
  }
}
defineElement('atlas-test-late', LateElement)

describe('AtlasElement whose view draws later', () => {
  it('settles ready only when the view reports it has drawn', async () => {
    drawn = undefined
    const el = document.createElement('atlas-test-late') as LateElement
    let events = 0
    el.addEventListener('atlas-ready', () => events++)
    document.body.append(el)
    await expect.poll(() => drawn).toBeDefined()
    expect(el.shadowRoot!.querySelector('output')).not.toBeNull()
    expect(el.state).toBe('loading')
    expect(events).toBe(0)
    drawn!()
    expect(await el.settled).toBe('ready')
    drawn!()
    expect(events).toBe(1)
  })
})

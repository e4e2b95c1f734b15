import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEffect } from 'preact/hooks'
import { AtlasElement } from '../../src/embed/element.js'
import { attributesOf, option } from '../../src/core/spec/spec.js'
import { defineElement } from '../../src/embed/define.js'
import { LANGS } from '../../src/core/locale.js'
import { integer, invalid, oneOf, string } from '../../src/core/options.js'
import { HttpError } from '../../data-adapters/http/errors.js'
import { fromCSV } from '../../data-adapters/csv/from-csv.js'

const spec = {
  lang: option((name, v) => oneOf(name, v, LANGS, 'fr')),
  classes: option((name, v) => integer(name, v, 5, { min: 3, max: 9 })),
  src: option((name, v) => string(name, v)),
}

const loads: AbortSignal[] = []
/** How many loads of `src="flaky"` fail before one succeeds. */
let flakyFailures = 0

class TestElement extends AtlasElement<typeof spec, number> {
  static observedAttributes = attributesOf(spec)
  protected readonly spec = spec
  protected async load(options: { classes: number; src: string | undefined }, signal: AbortSignal) {
    loads.push(signal)
    if (options.src === 'fail') throw new HttpError({ url: 'https://x.test/fail.csv', status: 404, message: 'HTTP 404 from https://x.test/fail.csv' })
    // A real CSV whose code column is not there.
    if (options.src === 'csv') await fromCSV({ text: 'Insee;Valeur\n29;1\n', sourceName: 'dep.csv', level: 'departement', code: 'Code', value: 'Valeur' }).load()
    if (options.src === 'flaky' && flakyFailures-- > 0) throw new HttpError({ url: 'https://x.test/flaky.csv', status: 503, message: 'HTTP 503 from https://x.test/flaky.csv' })
    if (options.src === 'hang') return new Promise<number>(() => {})
    // A value found wrong only once loading (a territory code, a `within` the geometry lacks): loading again cannot help.
    if (options.src === 'unknown') invalid('territory', '999', 'unknown territory')
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

  /** The message an element shows: its sentence, and its technical line with that line's language. */
  const shown = (el: TestElement) => {
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!
    const code = alert.querySelector('.atlas-error__detail code')!
    return { title: alert.querySelector('strong')!.textContent, text: alert.querySelector('.atlas-error__text')!.textContent, detail: code.textContent, detailLang: code.getAttribute('lang'), label: alert.querySelector('.atlas-error__label')!.textContent }
  }

  it('says an invalid attribute in a French page in French, the English technical line marked lang="en"', async () => {
    const el = mount({ classes: 'cinq' })
    expect(await el.settled).toBe('error')
    expect(shown(el)).toEqual({
      title: 'Widget indisponible',
      text: 'Attribut classes\u00a0: la valeur « cinq » n’est pas valide (attendu : un nombre).',
      label: 'Détail technique, en anglais\u00a0:',
      detail: 'atlas-test-element classes: invalid classes: "cinq" (expected a number)',
      detailLang: 'en',
    })
  })

  it('says it in English in an English page, and follows a lang change', async () => {
    const el = mount({ classes: '12' }, 'en')
    expect(await el.settled).toBe('error')
    expect(shown(el)).toMatchObject({ title: 'Widget unavailable', text: 'Attribute classes: the value “12” is not valid (expected at most 9).', detailLang: 'en' })
    el.setAttribute('lang', 'fr')
    expect(await el.settled).toBe('error')
    expect(shown(el).text).toBe('Attribut classes\u00a0: la valeur « 12 » n’est pas valide (attendu : au plus 9).')
  })

  it('says a 404 in the page\'s language, the URL on the technical line', async () => {
    const fr = mount({ src: 'fail' })
    const en = mount({ src: 'fail' }, 'en')
    expect([await fr.settled, await en.settled]).toEqual(['error', 'error'])
    expect(shown(fr)).toMatchObject({ text: 'Les données n’ont pas pu être chargées (erreur HTTP 404).', detail: 'HTTP 404 from https://x.test/fail.csv', detailLang: 'en' })
    expect(shown(en)).toMatchObject({ text: 'The data could not be loaded (HTTP error 404).', detailLang: 'en' })
  })

  it('says a CSV without its code column in the page\'s language, naming the file and the column', async () => {
    const fr = mount({ src: 'csv' })
    const en = mount({ src: 'csv' }, 'en')
    expect([await fr.settled, await en.settled]).toEqual(['error', 'error'])
    expect(shown(fr)).toMatchObject({ text: 'Le fichier dep.csv ne peut pas être lu (colonne « Code » introuvable).', detailLang: 'en' })
    expect(shown(fr).detail).toContain('code column "Code" not found (columns: "Insee", "Valeur")')
    expect(shown(en)).toMatchObject({ text: 'The file dep.csv cannot be read (column “Code” not found).', detailLang: 'en' })
  })

  it('keeps a failing load or render inside its own element', async () => {
    const good = mount({ classes: '3' })
    const badLoad = mount({ src: 'fail' })
    const badRender = mount({ src: 'boom' })
    expect(await good.settled).toBe('ready')
    expect(await badLoad.settled).toBe('error')
    expect(await badRender.settled).toBe('error')
    expect(badLoad.shadowRoot!.textContent).toContain('HTTP 404')
    expect(shown(badRender)).toMatchObject({ text: 'Une erreur inattendue est survenue.', detail: 'render exploded' })
    expect(good.shadowRoot!.querySelector('output')!.textContent).toBe('6')
  })

  it('offers « Réessayer » on a failed load, not on a bad attribute (read from the element or found wrong while loading): a click loads again, and a load that now succeeds renders', async () => {
    flakyFailures = 1
    const el = mount({ src: 'flaky' })
    expect(await el.settled).toBe('error')
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!
    expect(button.textContent).toBe('Réessayer')
    button.click()
    expect(await el.settled).toBe('ready')
    expect(el.shadowRoot!.querySelector('output')!.textContent).toBe('10')
    expect(el.shadowRoot!.querySelector('[role="alert"]')).toBe(null)
    const bad = mount({ classes: 'cinq' })
    expect(await bad.settled).toBe('error')
    expect(bad.shadowRoot!.querySelector('button')).toBe(null)
    const found = mount({ src: 'unknown' })
    expect(await found.settled).toBe('error')
    expect(found.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Attribut territory')
    expect(found.shadowRoot!.querySelector('button')).toBe(null)
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

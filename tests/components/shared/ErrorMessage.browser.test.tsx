import { afterEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { ErrorMessage } from '../../../src/components/shared/ErrorMessage.js'
import { HttpError } from '../../../data-adapters/http/errors.js'

const error = new HttpError({ url: 'https://x.test/a.csv', status: 404, message: 'HTTP 404 from https://x.test/a.csv' })

/** Renders into a shadow root, as the elements do: the message adopts its CSS there. */
function show(node: preact.VNode): ShadowRoot {
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  render(node, root)
  return root
}

afterEach(() => document.body.replaceChildren())

describe('ErrorMessage', () => {
  it('defaults: the sentence in the page’s language, the English detail, its own light box, and no retry button', () => {
    const root = show(<ErrorMessage error={error} lang="fr" />)
    const alert = root.querySelector('[role="alert"]')!
    expect(alert.querySelector('.atlas-error__text')!.textContent).toBe('Les données n’ont pas pu être chargées (erreur HTTP 404).')
    expect(alert.querySelector('code')!.getAttribute('lang')).toBe('en')
    expect(root.querySelector('button')).toBe(null)
    // Its CSS came with it: dark text on its pale red box, whatever the page's colours.
    const style = getComputedStyle(alert)
    expect([style.color, style.backgroundColor, style.borderLeftColor]).toEqual(['rgb(22, 22, 22)', 'rgb(255, 233, 233)', 'rgb(206, 5, 0)'])
  })

  it('with onRetry, a button in the page’s language that calls it', () => {
    const onRetry = vi.fn()
    for (const [lang, label] of [['fr', 'Réessayer'], ['en', 'Try again']] as const) {
      const root = show(<ErrorMessage error={error} lang={lang} onRetry={onRetry} />)
      const button = root.querySelector('[role="alert"] button')! as HTMLButtonElement
      expect([button.type, button.textContent]).toEqual(['button', label])
      button.click()
    }
    expect(onRetry).toHaveBeenCalledTimes(2)
  })
})

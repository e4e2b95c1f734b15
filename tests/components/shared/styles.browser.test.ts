import { describe, expect, it } from 'vitest'
import { adoptCss } from '../../../src/components/shared/styles.js'

describe('adoptCss (Chromium)', () => {
  it('adopts one constructed sheet per CSS text in the node\'s root, once, and nothing inline', () => {
    const host = document.createElement('div')
    document.body.append(host)
    const shadow = host.attachShadow({ mode: 'open' })
    const inner = document.createElement('p')
    shadow.append(inner)
    const css = '.adopt-css-test { color: rgb(1, 2, 3); }'
    adoptCss(inner, css)
    adoptCss(inner, css)
    expect(shadow.adoptedStyleSheets).toHaveLength(1)
    inner.className = 'adopt-css-test'
    expect(getComputedStyle(inner).color).toBe('rgb(1, 2, 3)')
    // The document is another root: the same sheet object is adopted there, not a copy.
    const before = document.adoptedStyleSheets.length
    adoptCss(host, css)
    expect(document.adoptedStyleSheets).toHaveLength(before + 1)
    expect(document.adoptedStyleSheets.at(-1)).toBe(shadow.adoptedStyleSheets[0])
    expect(shadow.querySelector('style')).toBeNull()
    host.remove()
  })

  it('does nothing for a node outside any document or shadow root', () => {
    const detached = document.createElement('div').appendChild(document.createElement('span'))
    expect(() => adoptCss(detached, '.x{}')).not.toThrow()
  })
})

import { describe, expect, it, vi } from 'vitest'
import { defineOnUse } from '../../src/embed/define-on-use.js'

let n = 0
const tagName = () => `atlas-test-lazy-${++n}`

describe('defineOnUse', () => {
  it('fetches nothing while no such element is on the page', async () => {
    const tag = tagName()
    const load = vi.fn(async () => class extends HTMLElement {})
    defineOnUse({ [tag]: load })
    document.body.append(document.createElement('div'))
    await new Promise((r) => requestAnimationFrame(r))
    expect(load).not.toHaveBeenCalled()
    expect(customElements.get(tag)).toBeUndefined()
  })

  it('defines the element when the first one appears, once, and upgrades those already there', async () => {
    const tag = tagName()
    class Real extends HTMLElement {}
    const load = vi.fn(async () => Real)
    const early = document.body.appendChild(document.createElement(tag))
    defineOnUse({ [tag]: load })
    const wrapper = document.createElement('section')
    wrapper.innerHTML = `<${tag}></${tag}>`
    document.body.append(wrapper)
    await customElements.whenDefined(tag)
    expect(early).toBeInstanceOf(Real)
    expect(wrapper.firstElementChild).toBeInstanceOf(Real)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('waits for the page configuration before defining', async () => {
    const tag = tagName()
    let configure!: () => void
    const configured = new Promise<void>((r) => (configure = r))
    document.body.append(document.createElement(tag))
    defineOnUse({ [tag]: async () => class extends HTMLElement {} }, () => configured)
    await new Promise((r) => setTimeout(r, 0))
    expect(customElements.get(tag)).toBeUndefined()
    configure()
    await customElements.whenDefined(tag)
  })

  it('a second copy (or another version) leaves a defined element alone and throws nothing', async () => {
    const tag = tagName()
    class First extends HTMLElement {}
    customElements.define(tag, First)
    const load = vi.fn(async () => class extends HTMLElement {})
    expect(() => defineOnUse({ [tag]: load })).not.toThrow()
    document.body.append(document.createElement(tag))
    await new Promise((r) => setTimeout(r, 0))
    expect(load).not.toHaveBeenCalled()
    expect(customElements.get(tag)).toBe(First)
  })

  it('a part that fails to load is reported on each waiting element, and tried again for a new one', async () => {
    const tag = tagName()
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValueOnce(class extends HTMLElement {})
    const el = document.body.appendChild(document.createElement(tag))
    const failed = new Promise<Event>((r) => el.addEventListener('atlas-error', r, { once: true }))
    defineOnUse({ [tag]: load })
    expect(((await failed) as CustomEvent).detail).toBeInstanceOf(TypeError)
    document.body.append(document.createElement(tag))
    await customElements.whenDefined(tag)
    expect(load).toHaveBeenCalledTimes(2)
  })
  it('runs `ahead` once per element kind, when its code starts loading and before it is defined', async () => {
    const tag = tagName()
    let finish!: (ctor: CustomElementConstructor) => void
    const ahead = vi.fn()
    defineOnUse({ [tag]: () => new Promise((r) => (finish = r)) }, undefined, ahead)
    expect(ahead).not.toHaveBeenCalled()
    document.body.append(document.createElement(tag), document.createElement(tag))
    await new Promise((r) => setTimeout(r, 0))
    expect(ahead.mock.calls).toEqual([[tag]])
    expect(customElements.get(tag)).toBeUndefined()
    finish(class extends HTMLElement {})
    await customElements.whenDefined(tag)
    document.body.append(document.createElement(tag))
    await new Promise((r) => setTimeout(r, 0))
    expect(ahead).toHaveBeenCalledTimes(1)
  })
})

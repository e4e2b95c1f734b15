import { expect, it } from 'vitest'
import { defineElement } from '../../src/embed/define.js'

it('defines an element once and skips a second definition instead of throwing', () => {
  class A extends HTMLElement {}
  class B extends HTMLElement {}
  expect(defineElement('atlas-test-define', A)).toBe(true)
  expect(() => defineElement('atlas-test-define', B)).not.toThrow()
  expect(defineElement('atlas-test-define', B)).toBe(false)
  expect(customElements.get('atlas-test-define')).toBe(A)
})

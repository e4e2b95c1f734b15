import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { UnknownCodes } from '../../../src/components/shared/UnknownCodes.js'

afterEach(cleanup)

describe('UnknownCodes (Chromium)', () => {
  it('renders nothing without codes', () => {
    expect(render(<UnknownCodes class="u" codes={[]} lang="fr" />).container.innerHTML).toBe('')
  })

  it('shows the count, closed, and the list once opened, codes as text', () => {
    const codes = ['98', '<img src=x onerror=alert(1)>', '2C']
    const details = render(<UnknownCodes class="u" codes={codes} lang="fr" />).container.querySelector('details.u') as HTMLDetailsElement
    expect(details.open).toBe(false)
    expect(details.querySelector('summary')!.textContent).toBe('3 codes inconnus')
    details.querySelector('summary')!.click()
    expect(details.open).toBe(true)
    const list = details.lastChild!
    expect(list.nodeType).toBe(Node.TEXT_NODE)
    expect(list.textContent).toBe(codes.join(', '))
    expect(details.querySelector('img')).toBeNull()
    expect(details.getBoundingClientRect().height).toBeGreaterThan(details.querySelector('summary')!.getBoundingClientRect().height)
  })

  it('speaks English: 1 unknown code', () => {
    expect(render(<UnknownCodes class="u" codes={['98']} lang="en" />).container.querySelector('summary')!.textContent).toBe('1 unknown code')
  })
})

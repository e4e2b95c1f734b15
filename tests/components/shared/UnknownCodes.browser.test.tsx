import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { UnknownCodes } from '../../../src/components/shared/UnknownCodes.js'
import type { View } from '../../../src/core/view.js'

const FRANCE: View = { level: 'departement', within: null }

afterEach(cleanup)

describe('UnknownCodes (Chromium)', () => {
  it('renders nothing without codes', () => {
    expect(render(<UnknownCodes class="u" codes={[]} view={FRANCE} lang="fr" />).container.innerHTML).toBe('')
  })

  it('shows the count, closed, and the list once opened, codes as text', () => {
    const codes = ['98', '<img src=x onerror=alert(1)>', '2C']
    const details = render(<UnknownCodes class="u" codes={codes} view={FRANCE} lang="fr" />).container.querySelector('details.u') as HTMLDetailsElement
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
    expect(render(<UnknownCodes class="u" codes={['98']} view={FRANCE} lang="en" />).container.querySelector('summary')!.textContent).toBe('1 unknown code')
  })

  it('says what each kind is, one list each: unknown codes, communes without an outline', () => {
    const { container } = render(<UnknownCodes class="u" codes={['98']} unmatched={['14666']} view={FRANCE} lang="fr" />)
    expect([...container.querySelectorAll('details.u summary')].map((s) => s.textContent)).toEqual(['1 code inconnu', '1 commune sans contour en 2018'])
    expect(container.querySelectorAll('details.u')[1]!.lastChild!.textContent).toBe('14666')
  })
})

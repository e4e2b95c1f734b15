import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { MissingPatternDefs } from '../../../src/components/legend/MissingPatternDefs.js'

afterEach(cleanup)

describe('MissingPatternDefs', () => {
  it('defaults: one pattern per status, ids from the prefix, colours from CSS variables', () => {
    const { container } = render(
      <svg>
        <defs>
          <MissingPatternDefs prefix="carte" />
        </defs>
      </svg>,
    )
    const ids = [...container.querySelectorAll('pattern')].map((p) => p.id)
    expect(ids).toEqual(['carte-missing-secret', 'carte-missing-not-available', 'carte-missing-not-applicable', 'carte-missing-invalid'])
    expect(container.querySelector('#carte-missing-secret path')!.getAttribute('stroke')).toBe('var(--atlas-missing, #3a3a3a)')
  })
})

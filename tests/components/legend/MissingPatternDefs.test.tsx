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
    expect(container.querySelector<SVGPathElement>('#carte-missing-secret path')!.style.stroke).toBe('var(--atlas-missing, #3a3a3a)')
  })

  it('paints in `style`, where no stylesheet rule reaches (the map draws its patterns with it too)', () => {
    const { container } = render(
      <svg>
        <defs>
          <MissingPatternDefs prefix="carte" statuses={['not-available', 'secret']} />
        </defs>
      </svg>,
    )
    const [dot, hatch] = [...container.querySelectorAll('pattern')]
    expect([dot!.id, hatch!.id]).toEqual(['carte-missing-not-available', 'carte-missing-secret'])
    expect(dot!.querySelector('rect')!.style.fill).toBe('var(--atlas-missing-background, #ffffff)')
    const dotInk = dot!.querySelector('path')!
    expect([dotInk.style.fill, dotInk.style.stroke, dotInk.getAttribute('fill')]).toEqual(['var(--atlas-missing, #3a3a3a)', 'none', null])
    const hatchInk = hatch!.querySelector('path')!
    expect([hatchInk.style.fill, hatchInk.style.stroke, hatchInk.style.strokeWidth]).toEqual(['none', 'var(--atlas-missing, #3a3a3a)', '1.5'])
  })
})

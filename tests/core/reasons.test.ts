import { describe, expect, it } from 'vitest'
import { fill } from '../../src/core/reasons.js'

describe('fill', () => {
  it('leaves words without placeholders as they are', () => {
    expect(fill('expected a number', [])).toBe('expected a number')
  })

  it('puts each parameter in its place, in any order', () => {
    expect(fill('expected at most {0}', ['9'])).toBe('expected at most 9')
    expect(fill('le niveau {1} sous {0}', ['region', 'commune'])).toBe('le niveau commune sous region')
  })
})

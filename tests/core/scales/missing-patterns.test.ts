import { describe, expect, it } from 'vitest'
import { MISSING_STATUSES } from '../../../src/core/types.js'
import { MISSING_BACKGROUND, MISSING_INK, MISSING_PATTERNS, patternId } from '../../../src/core/scales/missing-patterns.js'
import { contrastRatio } from '../../../src/core/scales/contrast.js'

describe('missing patterns', () => {
  it('defaults: dark ink on white, overridable by CSS', () => {
    expect(MISSING_INK).toBe('var(--atlas-missing, #3a3a3a)')
    expect(MISSING_BACKGROUND).toBe('var(--atlas-missing-background, #ffffff)')
    expect(contrastRatio('#3a3a3a', '#ffffff')).toBeGreaterThanOrEqual(3)
  })
  it('gives every status its own shape', () => {
    expect(Object.keys(MISSING_PATTERNS).sort()).toEqual([...MISSING_STATUSES].sort())
    const shapes = MISSING_STATUSES.map((s) => `${MISSING_PATTERNS[s].path}|${MISSING_PATTERNS[s].paint}`)
    expect(new Set(shapes).size).toBe(MISSING_STATUSES.length)
  })
  it('derives ids from the widget id, never at random', () => {
    expect(patternId('carte-1', 'secret')).toBe('carte-1-missing-secret')
    expect(patternId('carte-1', 'secret')).toBe(patternId('carte-1', 'secret'))
    expect(patternId('carte-2', 'secret')).not.toBe(patternId('carte-1', 'secret'))
  })
})

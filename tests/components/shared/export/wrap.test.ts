import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../../src/components/shared/export/wrap.js'

describe('wrapText', () => {
  it('wraps at spaces, a long word keeping its own line', () => {
    expect(wrapText('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre'])
    expect(wrapText('anticonstitutionnellement', 5)).toEqual(['anticonstitutionnellement'])
    expect(wrapText('Source\u00a0: Insee, 2019', 8)).toEqual(['Source\u00a0:', 'Insee,', '2019'])
  })
})

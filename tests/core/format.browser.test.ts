import { expect, it } from 'vitest'
import { formatNumber } from '../../src/core/format.js'

it('formats in real Chromium the same way as in Node', () => {
  expect(formatNumber(12345.6, { digits: 1, unit: '€' })).toBe('12\u202f345,6\u00a0€')
  expect(navigator.userAgent).toContain('Chrome')
})

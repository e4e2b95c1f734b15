import { describe, expect, it } from 'vitest'
import { classColorVars, cssVar, resolveCssColor, resolveCssColors } from '../../../src/core/scales/css-colors.js'

describe('css-colors', () => {
  it('wraps class colours in --atlas-class-<n> custom properties, first class 1', () => {
    expect(classColorVars(['#e3e3fd', '#000091'])).toEqual(['var(--atlas-class-1, #e3e3fd)', 'var(--atlas-class-2, #000091)'])
    expect(cssVar('--atlas-missing', '#3a3a3a')).toBe('var(--atlas-missing, #3a3a3a)')
  })
  it('resolves the custom properties set on the host, the fallback otherwise (for canvas)', () => {
    const host = document.createElement('div')
    host.style.setProperty('--atlas-class-2', '#ff0000')
    document.body.append(host)
    expect(resolveCssColors(host, classColorVars(['#e3e3fd', '#000091']))).toEqual(['#e3e3fd', '#ff0000'])
    expect(resolveCssColor(host, '#123456')).toBe('#123456')
    host.remove()
  })
})

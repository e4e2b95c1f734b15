import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { contrastRatio } from '../../src/core/scales/contrast.js'
import { darkCss, followTheme } from '../../src/embed/theme.js'
import { THEMES } from '../../src/embed/themes.js'

// MutationObserver callbacks run as microtasks; one task later they have run.
const nextTask = () => new Promise((r) => setTimeout(r))

describe('followTheme', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('data-fr-theme')
    await cdp().send('Emulation.setEmulatedMedia', { features: [] })
  })

  it('defaults: the three values; light is light and dark dark, at once', () => {
    expect(THEMES).toEqual(['light', 'dark', 'auto'])
    const seen: boolean[] = []
    followTheme('light', (d) => seen.push(d))()
    followTheme('dark', (d) => seen.push(d))()
    expect(seen).toEqual([false, true])
  })

  it('the dark scheme’s colours keep the RGAA contrasts on its background: text 4.5:1, lines and bars 3:1', () => {
    const token = (name: string) => darkCss.match(new RegExp(`--atlas-${name}: (#[0-9a-f]{3,6})`))![1]!
    const bg = token('bg')
    expect(bg).toBe('#161616')
    for (const text of ['text', 'text-muted', 'action']) expect(contrastRatio(token(text), bg), text).toBeGreaterThanOrEqual(4.5)
    for (const text of ['text', 'text-muted']) for (const under of ['bg-alt', 'hover-bg', 'selected-bg']) expect(contrastRatio(token(text), token(under)), `${text} on ${under}`).toBeGreaterThanOrEqual(4.5)
    for (const line of ['outline', 'focus', 'bar', 'bar-negative']) expect(contrastRatio(token(line), bg), line).toBeGreaterThanOrEqual(3)
  })

  it('auto follows the DSFR scheme on <html> when the page sets one, else the system’s, until stopped', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    const seen: boolean[] = []
    const stop = followTheme('auto', (d) => seen.push(d))
    expect(seen).toEqual([false])
    // The DSFR's scheme in force wins over the system's.
    document.documentElement.setAttribute('data-fr-theme', 'dark')
    await nextTask()
    expect(seen.at(-1)).toBe(true)
    document.documentElement.setAttribute('data-fr-theme', 'light')
    await nextTask()
    expect(seen.at(-1)).toBe(false)
    // Without it, the system's scheme, as it changes.
    document.documentElement.removeAttribute('data-fr-theme')
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    await expect.poll(() => seen.at(-1)).toBe(true)
    stop()
    // A follower left running is the control: once it has seen both changes, a stopped one would have too.
    const control: boolean[] = []
    const stopControl = followTheme('auto', (d) => control.push(d))
    const count = seen.length
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    await expect.poll(() => control.at(-1)).toBe(false)
    document.documentElement.setAttribute('data-fr-theme', 'dark')
    await expect.poll(() => control.at(-1)).toBe(true)
    stopControl()
    expect(seen.length).toBe(count)
  })
})

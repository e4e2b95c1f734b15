import { adoptCss } from '../components/shared/styles.js'
import type { Theme } from './themes.js'

/**
 * The dark scheme: the `--atlas-*` properties on the host, with its own background, set to the DSFR's
 * dark tokens. A custom state selects it (no attribute of the page's element is written); a page's
 * own values on the element still win over these. On screen only: paper is white, and a browser
 * prints no background.
 */
export const darkCss = `@media screen { :host(:state(dark)) { color-scheme: dark; background: var(--atlas-bg); --atlas-bg: #161616; --atlas-bg-alt: #1e1e1e; --atlas-hover-bg: #242424; --atlas-selected-bg: #1b1b35; --atlas-text: #eee; --atlas-text-muted: #cecece; --atlas-outline: #929292; --atlas-action: #8585f6; --atlas-focus: #8585f6; --atlas-bar: #8585f6; --atlas-bar-negative: #ff5655; } }`

/**
 * Calls `apply(dark)` with the scheme an element draws in, now and whenever it changes, until the
 * returned function is called. `dark` is dark, `light` light; `auto` follows the
 * DSFR's scheme in force on the page (`data-fr-theme` on `<html>`, which a DSFR site sets from the
 * reader's choice) when the page has one, else the reader's system (`prefers-color-scheme`).
 */
export function followTheme(theme: Theme, apply: (dark: boolean) => void): () => void {
  if (theme !== 'auto') {
    apply(theme === 'dark')
    return () => {}
  }
  const html = document.documentElement
  const media = matchMedia('(prefers-color-scheme: dark)')
  const update = () => {
    const fr = html.getAttribute('data-fr-theme')
    apply(fr ? fr === 'dark' : media.matches)
  }
  update()
  const observer = new MutationObserver(update)
  observer.observe(html, { attributeFilter: ['data-fr-theme'] })
  media.addEventListener('change', update)
  return () => {
    observer.disconnect()
    media.removeEventListener('change', update)
  }
}

/** Adopts the dark scheme's CSS in an element's shadow `root` and keeps its `dark` state as `theme` says; returns the stop. */
export function themed(root: ShadowRoot, states: CustomStateSet, theme: Theme): () => void {
  adoptCss(root, darkCss)
  return followTheme(theme, (dark) => (dark ? states.add('dark') : states.delete('dark')))
}

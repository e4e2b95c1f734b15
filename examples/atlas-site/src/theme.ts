// Light and dark schemes, as the DSFR names them: the reader's choice (`data-fr-scheme`: system, light,
// dark, kept in localStorage) and the scheme in force (`data-fr-theme`: light or dark) on <html>.
export type Scheme = 'system' | 'light' | 'dark'
export const SCHEMES: readonly Scheme[] = ['system', 'light', 'dark']
const KEY = 'atlas-scheme'

export function storedScheme(): Scheme {
  try {
    const s = localStorage.getItem(KEY)
    return SCHEMES.includes(s as Scheme) ? (s as Scheme) : 'system'
  } catch {
    return 'system'
  }
}

const dark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches

export function applyScheme(scheme: Scheme, save = false): void {
  const root = document.documentElement
  root.dataset.frScheme = scheme
  root.dataset.frTheme = scheme === 'system' ? (dark() ? 'dark' : 'light') : scheme
  if (save) {
    try {
      localStorage.setItem(KEY, scheme)
    } catch {
      // Private browsing without storage: the choice lasts for this page.
    }
  }
}

/** Applies the stored scheme now and follows the system's while the reader chose « système ». */
export function initScheme(): void {
  applyScheme(storedScheme())
  if (typeof matchMedia === 'function') matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyScheme(storedScheme()))
}

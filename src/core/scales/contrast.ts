import { parseHex } from './color.js'

/** Relative luminance of a `#rrggbb` colour, WCAG 2.1 definition (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.1 contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/**
 * Black or white, whichever reads better on `background`. Pure black and white (not a softer grey)
 * because one of them always reaches 4.5:1, whatever the background (worst case about 4.58:1).
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff'
}

/**
 * Whether shapes filled with `fill` need an outline to stand out from `background` (WCAG 1.4.11,
 * non-text contrast 3:1). The light first classes of every sequential palette do: the map draws
 * their outline in {@link OUTLINE_COLOR}.
 */
export function needsOutline(fill: string, background = '#ffffff'): boolean {
  return contrastRatio(fill, background) < 3
}

/**
 * Default outline of map shapes and legend swatches (DSFR grey 425, 5.7:1 on white): meets 3:1
 * against white and against the lightest class colours. CSS: `--atlas-outline`.
 */
export const OUTLINE_COLOR = '#666666'
